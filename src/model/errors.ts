/**
 * A small error taxonomy, tested by class (see STYLE.md §4). Messages name what and where.
 * User mistakes are EventlineError subclasses: the CLI prints their message on one line, no stack.
 */
export class EventlineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input: a file that cannot be read or parsed, a malformed line, an invalid value. */
export class InputError extends EventlineError {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${reason}`);
  }
}

/** A command-line argument or option that makes no sense. */
export class UsageError extends EventlineError {}

/** The store cannot be opened, read or written. `retriable` tells whether trying again may help. */
export class StoreError extends EventlineError {
  constructor(
    message: string,
    readonly retriable = false,
  ) {
    super(message);
  }
}

/** A query that cannot be run (unknown name, missing parameter, server error). */
export class QueryError extends EventlineError {}

/** Thrown by commands to end with a given exit code (1: nothing found). */
export class ExitError extends Error {
  constructor(
    readonly code: number,
    message = '',
  ) {
    super(message);
    this.name = 'ExitError';
  }
}
