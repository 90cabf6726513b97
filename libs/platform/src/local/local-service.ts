/** A service this process started for local use, and how to stop it. */
export interface LocalService {
  readonly url: string;
  stop(): Promise<void>;
}
