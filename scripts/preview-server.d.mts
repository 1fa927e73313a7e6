export function startPreview(options?: { outDir?: string }): Promise<{ url: string; stop: () => void }>;
