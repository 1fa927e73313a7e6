/** A one-time message carried to the next screen (e.g. "the file was forgotten"). */
export const flash: { message: string | null } = { message: null };

export function takeFlash(): string | undefined {
  const message = flash.message ?? undefined;
  flash.message = null;
  return message;
}
