/** A server option that cannot work (a public address without a token, a port in use): the user's to fix, not a crash. */
export class ServerConfigError extends Error {}
