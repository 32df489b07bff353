/**
 * "Unlock with my computer account": the desktop app keeps a random secret
 * for this journal in the operating system's credential store (Electron's
 * safeStorage), and the keyring wraps the data key under it too. The lock
 * controller talks to it through this port; the bridge implements it.
 */
export interface SystemUnlockPort {
  /** Whether this app on this system can keep the secret, and if not, why. */
  availability(): Promise<{ available: true } | { available: false; reason: string }>;
  /** Keeps the secret (base64); throws an Error whose message a user can read. */
  save(secret: string): Promise<void>;
  /** The kept secret, or null when there is none. */
  read(): Promise<string | null>;
  forget(): Promise<void>;
}
