/** What start-up did that the mediator must be told about (files purged by retention). */
export const startupReport: { purged: { count: number; days: number } | null } = { purged: null };
