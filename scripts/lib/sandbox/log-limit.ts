// The learner's console output allowed per check, shared by the sandbox program (which stops itself past it, at once
// and with a known exit code, so a print in a loop gets a clear message) and the harness (which also stops a
// process that writes more by other means).
export const MAX_LOG_BYTES = 8 * 1024 * 1024;
/** Exit code of a sandbox that stopped itself for printing too much. */
export const EXIT_LOG_FLOOD = 86;
