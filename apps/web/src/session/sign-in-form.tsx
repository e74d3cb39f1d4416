import { useId, useState, type FormEvent } from 'react';
import { strings } from '../strings';
import { useSession } from './session';

/** The token is read from the field, sent once, and the field is emptied: nothing keeps it. */
export function SignInForm() {
  const { signIn } = useSession();
  const [working, setWorking] = useState(false);
  const [refused, setRefused] = useState(false);
  const id = useId();
  const s = strings.signIn;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const field = event.currentTarget.elements.namedItem('token') as HTMLInputElement;
    const token = field.value.trim();
    field.value = '';
    if (!token) return;
    setWorking(true);
    setRefused(false);
    try {
      await signIn(token);
    } catch {
      setRefused(true);
    } finally {
      setWorking(false);
    }
  }

  return (
    <section className="sign-in" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`} tabIndex={-1}>{s.heading}</h1>
      <p>{s.explain}</p>
      <form onSubmit={submit}>
        <label htmlFor={`${id}-token`}>{s.token}</label>
        <input id={`${id}-token`} name="token" type="password" autoComplete="off" spellCheck={false} required />
        <button type="submit" disabled={working}>{working ? s.working : s.submit}</button>
      </form>
      {refused && <p role="alert" className="error">{s.refused}</p>}
    </section>
  );
}
