import { Link } from 'wouter';
import { may } from '../../access/route-roles';
import { useUser } from '../../session/session';

/** A case's id, linked to its page where the role may open cases. */
export function CaseLink({ caseId }: { caseId: string }) {
  const user = useUser();
  return may(user.role, 'caseView') ? <Link href={`/cases/${caseId}`}><code>{caseId}</code></Link> : <code>{caseId}</code>;
}
