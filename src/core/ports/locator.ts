/** A family's request to the locator: the person sought as the family wrote it, and how to reach the asker. */
export interface LocateRequest {
  id: string;
  /** What the family is told to quote: short, unambiguous, not guessable. */
  reference: string;
  createdAt: string;
  name: string;
  birthDate: string;
  nationality: string | null;
  contact: string;
  language: string;
  address: string | null;
}

export interface LocatorStore {
  insertLocateRequest(request: LocateRequest): Promise<void>;
  /** Newest first, after the given (createdAt, id) position. */
  listLocateRequests(options: {
    limit: number;
    before?: { createdAt: string; id: string } | undefined;
  }): Promise<LocateRequest[]>;
}
