export function startPreview(): Promise<{ url: string; stop: () => void }>;
