/**
 * Optional encryption of archive entries: AES-256-GCM with a key derived from a passphrase by scrypt.
 * An encrypted entry is `HGBK` 0x01, salt (16 bytes), IV (12 bytes), ciphertext, auth tag (16 bytes);
 * the tag is checked at the end of the stream, and a wrong passphrase or a flipped byte fails there.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt, type CipherGCM, type DecipherGCM } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { ArchiveError } from './format';

const MAGIC = Buffer.from('HGBK\x01', 'latin1');
const SALT = 16;
const IV = 12;
const TAG = 16;
const HEADER = MAGIC.length + SALT + IV;
export const KDF = { name: 'scrypt', N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_CHECK = Buffer.from('hubgraph-db-backup key check');

/** Derives keys from one passphrase, once per salt. */
export class Keyring {
  private readonly keys = new Map<string, Promise<Buffer>>();

  constructor(private readonly passphrase: string) {}

  key(salt: Buffer): Promise<Buffer> {
    const id = salt.toString('hex');
    let key = this.keys.get(id);
    if (!key) {
      key = new Promise<Buffer>((resolve, reject) =>
        scrypt(this.passphrase, salt, 32, { N: KDF.N, r: KDF.r, p: KDF.p, maxmem: 64 * 1024 * 1024 }, (error, derived) =>
          error ? reject(error) : resolve(derived),
        ),
      );
      this.keys.set(id, key);
    }
    return key;
  }

  /** A short sealed value kept in the manifest, so a wrong passphrase is known before any data is read. */
  async keyCheck(salt: Buffer): Promise<string> {
    const iv = randomBytes(IV);
    const cipher = createCipheriv('aes-256-gcm', await this.key(salt), iv);
    const sealed = Buffer.concat([cipher.update(KEY_CHECK), cipher.final()]);
    return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64');
  }

  async matches(salt: Buffer, check: string): Promise<boolean> {
    const raw = Buffer.from(check, 'base64');
    try {
      const decipher = createDecipheriv('aes-256-gcm', await this.key(salt), raw.subarray(0, IV));
      decipher.setAuthTag(raw.subarray(raw.length - TAG));
      return Buffer.concat([decipher.update(raw.subarray(IV, raw.length - TAG)), decipher.final()]).equals(KEY_CHECK);
    } catch {
      return false;
    }
  }
}

export function newSalt(): Buffer {
  return randomBytes(SALT);
}

export function createEncryptStream(key: Buffer, salt: Buffer): Transform {
  const iv = randomBytes(IV);
  const cipher: CipherGCM = createCipheriv('aes-256-gcm', key, iv);
  let started = false;
  return new Transform({
    transform(chunk: Buffer, _enc, callback) {
      if (!started) {
        started = true;
        this.push(Buffer.concat([MAGIC, salt, iv]));
      }
      callback(null, cipher.update(chunk));
    },
    flush(callback) {
      if (!started) this.push(Buffer.concat([MAGIC, salt, iv]));
      this.push(cipher.final());
      callback(null, cipher.getAuthTag());
    },
  });
}

/** The inverse of {@link createEncryptStream}; `what` names the entry in errors. */
export function createDecryptStream(keyring: Keyring, what: string): Transform {
  let head = Buffer.alloc(0);
  let decipher: DecipherGCM | undefined;
  let held = Buffer.alloc(0);
  const start = async (): Promise<void> => {
    if (!head.subarray(0, MAGIC.length).equals(MAGIC)) throw new ArchiveError(`${what}: not an encrypted entry`);
    const salt = head.subarray(MAGIC.length, MAGIC.length + SALT);
    const iv = head.subarray(MAGIC.length + SALT, HEADER);
    decipher = createDecipheriv('aes-256-gcm', await keyring.key(salt), iv);
  };
  const feed = (stream: Transform, data: Buffer) => {
    // The last TAG bytes may be the auth tag: hold them back until more data or the end.
    held = Buffer.concat([held, data]);
    if (held.length > TAG) {
      stream.push(decipher!.update(held.subarray(0, held.length - TAG)));
      held = held.subarray(held.length - TAG);
    }
  };
  return new Transform({
    transform(chunk: Buffer, _enc, callback) {
      if (decipher) {
        feed(this, chunk);
        return callback();
      }
      head = Buffer.concat([head, chunk]);
      if (head.length < HEADER) return callback();
      const rest = head.subarray(HEADER);
      start().then(
        () => {
          feed(this, rest);
          callback();
        },
        (error: unknown) => callback(error as Error),
      );
    },
    flush(callback: TransformCallback) {
      if (!decipher || held.length < TAG) return callback(new ArchiveError(`${what}: truncated encrypted entry`));
      try {
        decipher.setAuthTag(held);
        callback(null, decipher.final());
      } catch {
        callback(new ArchiveError(`${what}: failed authentication (wrong passphrase, or the archive was altered)`));
      }
    },
  });
}
