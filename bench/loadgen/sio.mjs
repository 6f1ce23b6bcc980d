// A minimal Socket.IO v5 / Engine.IO v4 client over a plain WebSocket, framed by hand.
// The official client costs far more CPU per connection; this one lets one process hold
// thousands of sockets and still measure the server rather than itself.
import WebSocket from "ws";

const OPEN = 0x30; // "0" Engine.IO open
const CLOSE = 0x31; // "1"
const PING = 0x32; // "2"
const MESSAGE = 0x34; // "4"
const SIO_CONNECT = 0x30; // "40"
const SIO_EVENT = 0x32; // "42"
const SIO_ACK = 0x33; // "43"
const SIO_CONNECT_ERROR = 0x34; // "44"

export class SioClient {
  /**
   * @param {string} baseUrl e.g. http://127.0.0.1:5000
   * @param {object} auth Socket.IO auth payload, e.g. {token}
   * @param {(name: string, payload: any, raw: string) => void} onEvent server events
   * @param {{deflate?: boolean}} options deflate: offer permessage-deflate, as browsers do
   */
  constructor(baseUrl, auth, onEvent, options = {}) {
    this.baseUrl = baseUrl;
    this.auth = auth;
    this.onEvent = onEvent;
    this.deflate = options.deflate !== false;
    this.nextAck = 0;
    this.pending = new Map();
    this.ws = null;
    this.connected = false;
    this.closedByUs = false;
    this.onClose = null;
  }

  /** Resolves once the Socket.IO namespace connect is acknowledged; rejects if refused. */
  connect(timeoutMs = 30000) {
    const url = `${this.baseUrl.replace(/^http/, "ws")}/socket.io/?EIO=4&transport=websocket`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error("connect timeout")), timeoutMs);
      const fail = (err) => {
        clearTimeout(timer);
        if (!this.connected) reject(err);
        this.terminate();
      };
      this.ws = new WebSocket(url, {
        headers: { Origin: this.baseUrl },
        perMessageDeflate: this.deflate,
      });
      this.ws.on("error", fail);
      this.ws.on("close", () => {
        const wasConnected = this.connected;
        this.connected = false;
        if (!wasConnected) fail(new Error("closed before connect"));
        else if (!this.closedByUs && this.onClose) this.onClose();
      });
      this.ws.on("message", (data) => {
        const text = data.toString();
        if (this.connected) return this.handle(text);
        this.handshake(text, () => {
          clearTimeout(timer);
          this.connected = true;
          resolve();
        }, fail);
      });
    });
  }

  handshake(text, done, fail) {
    const type = text.charCodeAt(0);
    if (type === OPEN) this.ws.send(`40${JSON.stringify(this.auth)}`);
    else if (type === MESSAGE && text.charCodeAt(1) === SIO_CONNECT) done();
    else if (type === MESSAGE && text.charCodeAt(1) === SIO_CONNECT_ERROR) {
      fail(new Error(`connect refused: ${text.slice(2)}`));
    } else if (type === PING) this.ws.send("3");
  }

  handle(text) {
    const type = text.charCodeAt(0);
    if (type === PING) {
      this.ws.send("3");
      return;
    }
    if (type === CLOSE) return this.terminate();
    if (type !== MESSAGE) return;
    const kind = text.charCodeAt(1);
    if (kind === SIO_EVENT) {
      const [name, payload] = JSON.parse(text.slice(2));
      this.onEvent(name, payload, text);
    } else if (kind === SIO_ACK) {
      let i = 2;
      while (text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
      const id = Number(text.slice(2, i));
      const callback = this.pending.get(id);
      if (callback) {
        this.pending.delete(id);
        callback(JSON.parse(text.slice(i))[0]);
      }
    }
  }

  /** Emit an event; with a callback, the server's ack is passed to it. */
  emit(name, payload, callback) {
    if (!this.connected) return false;
    if (callback) {
      const id = ++this.nextAck;
      this.pending.set(id, callback);
      this.ws.send(`42${id}${JSON.stringify([name, payload])}`);
    } else {
      this.ws.send(`42${JSON.stringify([name, payload])}`);
    }
    return true;
  }

  /** Emit and wait for the ack, or reject after timeoutMs. */
  call(name, payload, timeoutMs = 30000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name} ack timeout`)), timeoutMs);
      const sent = this.emit(name, payload, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      if (!sent) {
        clearTimeout(timer);
        reject(new Error("not connected"));
      }
    });
  }

  close() {
    this.closedByUs = true;
    if (this.ws && this.ws.readyState === WebSocket.OPEN) {
      this.ws.send("41");
      this.ws.close();
    }
  }

  terminate() {
    this.closedByUs = true;
    if (this.ws) this.ws.terminate();
  }
}
