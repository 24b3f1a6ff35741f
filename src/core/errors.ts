/** The text of a thrown value: an Error's message, or the value as a string (a throw may throw anything). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** For logs: an Error's stack (its message where there is none), or the value as a string. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
