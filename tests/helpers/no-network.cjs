// Preloaded with --require (it then runs in every thread, tesseract.js's workers included):
// any attempt to open a socket, resolve a name or fetch fails and is appended to the file
// named by NO_NETWORK_LOG, so a test can prove that nothing tried.
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const { isMainThread } = require('node:worker_threads');

const log = process.env.NO_NETWORK_LOG;
function refuse(what) {
  const line = `${isMainThread ? 'main' : 'worker'} ${what}\n`;
  if (log) fs.appendFileSync(log, line);
  const error = new Error(`network disabled in this process: ${what}`);
  error.code = 'ENETUNREACH';
  return error;
}

// Unix domain sockets (a path, e.g. tsx's IPC with its own process) are not networking.
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const isLocalPath = (typeof first === 'object' && first !== null && typeof first.path === 'string') || (typeof first === 'string' && !/^\d+$/.test(first));
  if (isLocalPath) return originalConnect.apply(this, args);
  const target = typeof first === 'object' ? JSON.stringify(first) : String(first);
  throw refuse(`socket connect ${target}`);
};
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) {
  dns[name] = (host, ...rest) => {
    const cb = rest.find((a) => typeof a === 'function');
    const error = refuse(`dns.${name} ${host}`);
    if (cb) process.nextTick(cb, error);
    else throw error;
  };
}
dns.promises.lookup = async (host) => {
  throw refuse(`dns.promises.lookup ${host}`);
};
globalThis.fetch = async (input) => {
  throw refuse(`fetch ${typeof input === 'string' ? input : input?.url ?? String(input)}`);
};
