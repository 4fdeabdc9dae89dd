// The fast tier's promise, kept by the unit project (vitest.config.ts): a unit test starts no
// server and opens no connection. One that needs a server, a socket, a database or Redis is an
// integration test: name it *.int.test.ts.
import net from "node:net";

const TIER = "name the file *.int.test.ts (the integration tier)";

function refuse(what: string): never {
  throw new Error(`A unit test ${what}: ${TIER}.`);
}

net.Server.prototype.listen = function () {
  refuse("started a server");
};
net.Socket.prototype.connect = function () {
  refuse("opened a network connection");
};

/**
 * What `better-sqlite3`, `pg` and `ioredis` resolve to in the unit project: importing a module
 * that uses them is fine, opening one is not.
 */
class RefusedStore {
  constructor() {
    refuse("opened a database or Redis");
  }
  static Pool = RefusedStore;
  static Client = RefusedStore;
}

export default RefusedStore;
export const Redis = RefusedStore;
