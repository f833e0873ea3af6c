// The background worker entry point (pg-boss); filled in with the job queue.
export {};
