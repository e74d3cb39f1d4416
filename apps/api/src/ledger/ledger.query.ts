import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import type { CheckpointAnswer, CheckpointCosignature, ConsistencyProofOf, InclusionAnswer } from '@casetrail/contract';
import type { ExportFormat } from '../exports/export-formats';
import { ListExportFormat, PageCursor, PageLimit } from '../http/validation/query-fields';

const TREE_SIZE = /^(0|[1-9]\d{0,14})$/;
const POSITIVE_TREE_SIZE = /^[1-9]\d{0,14}$/;

export class InclusionProofQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The event to prove' }) @IsUUID()
  eventId!: string;

  @ApiPropertyOptional({ type: String, pattern: POSITIVE_TREE_SIZE.source, description: "The tree to prove it in (default: the latest checkpoint's)" })
  @IsOptional() @Matches(POSITIVE_TREE_SIZE, { message: 'treeSize must be a whole number from 1' })
  treeSize?: string;
}

export class ConsistencyProofQueryDto {
  @ApiProperty({ type: String, pattern: TREE_SIZE.source, description: 'The older tree size (a checkpoint the client holds)' })
  @Matches(TREE_SIZE, { message: 'from must be a whole number from 0' })
  from!: string;

  @ApiProperty({ type: String, pattern: TREE_SIZE.source, description: 'The newer tree size' })
  @Matches(TREE_SIZE, { message: 'to must be a whole number from 0' })
  to!: string;
}

export class LedgerCheckpointDto implements CheckpointAnswer {
  @ApiProperty({ description: 'Events sealed under this checkpoint' }) treeSize!: number;
  @ApiProperty({ description: 'RFC 9162 root hash, base64' }) rootHash!: string;
  @ApiProperty({ description: 'The C2SP tlog-checkpoint signed note' }) note!: string;
  @ApiProperty({ description: "The signing key's name: the log's origin" }) keyName!: string;
  @ApiProperty({ description: 'The raw Ed25519 public key (32 bytes), base64' }) publicKey!: string;
  @ApiProperty({ description: 'The same key as a note verifier key (<name>+<key id>+<base64>)' }) verifierKey!: string;
  @ApiProperty({
    description: "When it was signed, whole seconds: inside what is signed, as the note's second line by the log key, a C2SP " +
      'tlog-cosignature (type 0x04) whose timestamp is signedAt (docs/verification.md)',
  })
  signedAt!: string;
  @ApiProperty({ type: () => [CheckpointCosignatureDto], description: "Witnesses' cosignatures of this checkpoint, in the order received" })
  cosignatures!: CheckpointCosignatureDto[];
}

export class CheckpointCosignatureDto implements CheckpointCosignature {
  @ApiProperty({ description: "The witness (its cosigner key's name)" }) name!: string;
  @ApiProperty({ description: 'The cosigner key id, 8 hex digits: SHA-256(name || 0x0A || 0x04 || public key)[:4]' }) keyId!: string;
  @ApiProperty({ description: "The witness's timestamp (whole seconds), ISO 8601" }) cosignedAt!: string;
  @ApiProperty({ description: 'The C2SP signature line as the witness sent it; append it to the note to verify it' }) line!: string;
}

export class LedgerCheckpointsQueryDto {
  @ApiPropertyOptional({ type: String, pattern: TREE_SIZE.source, description: 'Only checkpoints of at least this tree size (default 0)' })
  @IsOptional() @Matches(TREE_SIZE, { message: 'fromSize must be a whole number from 0' })
  fromSize?: string;

  @PageLimit('Page size, 1 to 500 (default 50)')
  limit?: string;

  @PageCursor(512)
  cursor?: string;

  @ListExportFormat()
  format?: ExportFormat;
}

export class LedgerCheckpointsFiltersDto {
  @ApiProperty() fromSize!: number;
}

export class LedgerCheckpointsDto {
  @ApiProperty({ type: () => [LedgerCheckpointDto], description: 'Every signed checkpoint, oldest first' }) items!: LedgerCheckpointDto[];
  @ApiProperty({ type: String, nullable: true, description: 'The next page, or null on the last' }) nextCursor!: string | null;
  @ApiProperty({ type: () => LedgerCheckpointsFiltersDto }) filters!: LedgerCheckpointsFiltersDto;
}

export class InclusionProofDto implements InclusionAnswer {
  @ApiProperty() leafIndex!: number;
  @ApiProperty({ description: 'SHA-256(0x00 || entry), base64' }) leafHash!: string;
  @ApiProperty({ description: 'The bytes hashed into the leaf, base64: RFC 8785 JSON {"commitment","public","v":2} (docs/verification.md)' })
  entry!: string;
  @ApiProperty({
    description: "The entry's public part: what the figures need of a case event, with no free text, person or actor; null for a leaf that shows only that it exists (a victim's event, a user, the access log)",
    type: Object, nullable: true,
  })
  publicPart!: Readonly<Record<string, unknown>> | null;
  @ApiProperty({ description: "SHA-256('casetrail/leaf/v2/private\\n' || salt || privatePart), base64 (also inside the entry)" })
  commitment!: string;
  @ApiProperty({
    description: 'The private part (the whole event as stored, RFC 8785 JSON), base64; only for roles that read the timeline, else null',
    type: String, nullable: true,
  })
  privatePart!: string | null;
  @ApiProperty({ description: "The commitment's 32-byte salt, base64; only with the private part, else null", type: String, nullable: true })
  salt!: string | null;
  @ApiProperty({ type: [String], description: 'RFC 9162 audit path, leaf level first, base64' }) auditPath!: string[];
  @ApiProperty() treeSize!: number;
}

export class ConsistencyProofDto implements ConsistencyProofOf<string> {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty({ type: [String], description: 'RFC 9162 consistency proof, base64' }) proof!: string[];
}
