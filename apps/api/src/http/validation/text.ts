import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { textKindOf, textProblem } from '@casetrail/domain';

/**
 * A text field under the domain's one rule for text (well-formed, no control characters but line breaks
 * and tabs, no noncharacters, non-blank, 2,000 code points for free text and 200 for the rest); the kind
 * follows the field's name, as the contract lists them.
 */
export function IsText(options?: ValidationOptions) {
  return (target: object, propertyName: string) => {
    const kind = textKindOf(propertyName);
    registerDecorator({
      name: 'isText',
      target: target.constructor,
      propertyName,
      options: options ?? {},
      validator: {
        validate: (value: unknown) => textProblem(value, kind) === null,
        defaultMessage: (args: ValidationArguments) => `${args.property} ${textProblem(args.value, kind) ?? 'must be text'}`,
      },
    });
  };
}
