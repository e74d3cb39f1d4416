import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';

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

export class LedgerCheckpointDto {
  @ApiProperty({ description: 'Events sealed under this checkpoint' }) treeSize!: number;
  @ApiProperty({ description: 'RFC 9162 root hash, base64' }) rootHash!: string;
  @ApiProperty({ description: 'The C2SP tlog-checkpoint signed note' }) note!: string;
  @ApiProperty({ description: "The signing key's name: the log's origin" }) keyName!: string;
  @ApiProperty({ description: 'The raw Ed25519 public key (32 bytes), base64' }) publicKey!: string;
  @ApiProperty({ description: 'The same key as a note verifier key (<name>+<key id>+<base64>)' }) verifierKey!: string;
  @ApiProperty({ description: 'When it was signed (not part of the signed text)' }) signedAt!: string;
}

export class InclusionProofDto {
  @ApiProperty() leafIndex!: number;
  @ApiProperty({ description: 'SHA-256(0x00 || entry), base64' }) leafHash!: string;
  @ApiProperty({
    description: 'The canonical JSON (RFC 8785) bytes hashed into the leaf, base64; null for donors (verify with leafHash)',
    type: String, nullable: true,
  })
  entry!: string | null;
  @ApiProperty({ type: [String], description: 'RFC 9162 audit path, leaf level first, base64' }) auditPath!: string[];
  @ApiProperty() treeSize!: number;
}

export class ConsistencyProofDto {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty({ type: [String], description: 'RFC 9162 consistency proof, base64' }) proof!: string[];
}
