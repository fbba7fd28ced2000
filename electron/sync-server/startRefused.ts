// A start the endpoint refuses for a reason the person starting it can fix (a folder in use, a
// weak first password): main.ts shows only the message, never a stack trace.
export class StartRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartRefused';
  }
}
