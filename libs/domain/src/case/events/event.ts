/** A domain event: a stable `type` string (never a class name) and its data. */
export type DomainEvent<Type extends string, Data> = { readonly type: Type; readonly data: Data };

/**
 * A person's identifying details, sealed (encrypted) by the application before a command reaches
 * the domain. Opaque here: the domain stores it and never looks inside.
 */
export type SealedPersonalData = Readonly<Record<string, string>>;
