export const FRAME_SCRIPT: string;
export const FRAME_CSP: string;
export function frameDocument(hash: string): string;
