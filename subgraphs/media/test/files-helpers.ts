import { createHash } from 'node:crypto';
import { gql, type TestUser } from '../../../test/helpers/graphql';
import type { TestStack } from '../../../test/helpers/stack';
import { originOf } from './helpers';

const FILE_FIELDS = 'id name size contentType sha256 versionCount downloadUrl folder { id }';
export const CREATE_FOLDER = `mutation($input: CreateFileFolderInput!) { createFileFolder(input: $input) { folder { id name } errors { field message code } } }`;
export const REQUEST = `mutation($input: FileUploadInput!) { requestFileUpload(input: $input) {
  upload { uploadId method url partSize parts { partNumber size url } expiresAt } errors { field message code } } }`;
export const INITIATE = `mutation($input: FileUploadInput!) { initiateMultipartFileUpload(input: $input) {
  upload { uploadId method url partSize parts { partNumber size url } expiresAt } errors { field message code } } }`;
export const COMPLETE = `mutation($id: ID!, $parts: [FilePartInput!]!) { completeMultipartFileUpload(uploadId: $id, parts: $parts) {
  file { ${FILE_FIELDS} } errors { field message code } } }`;
export const ABORT = `mutation($id: ID!) { abortFileUpload(uploadId: $id) { uploadId errors { field message code } } }`;
export const FILE = `query($id: ID!) { storedFile(id: $id) { ${FILE_FIELDS} } }`;
export const QUOTA = `query { fileQuota { usedBytes limitBytes } }`;
export const SHARE = `mutation($input: CreateFileShareLinkInput!) { createFileShareLink(input: $input) {
  shareLink { id url hasPassword expiresAt revoked } errors { field message code } } }`;

export const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Sends bytes to a presigned URL (relative to the router) and reads the JSON answer. */
export async function putBytes(stack: TestStack, url: string, body: Buffer, method = 'PUT') {
  const res = await fetch(originOf(stack) + url, { method, body, headers: { 'content-type': 'application/octet-stream' } });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null, headers: res.headers };
}

/** Requests a URL on the router without a session. */
export async function download(stack: TestStack, url: string, method = 'GET', headers: Record<string, string> = {}) {
  const res = await fetch(originOf(stack) + url, { method, headers });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

export async function initiate(stack: TestStack, user: TestUser, input: Record<string, unknown>) {
  const res = await gql(stack.url, INITIATE, { input }, { token: user.token });
  const upload = res.body.data?.initiateMultipartFileUpload?.upload;
  if (!upload) throw new Error(`initiateMultipartFileUpload failed: ${JSON.stringify(res.body)}`);
  return upload;
}

/** Uploads `bytes` as `name` (single PUT) and returns the file as the API shows it. */
export async function uploadFile(stack: TestStack, user: TestUser, name: string, bytes: Buffer, folderId?: string) {
  const res = await gql(stack.url, REQUEST, { input: { name, folderId, size: bytes.length, sha256: sha(bytes) } }, { token: user.token });
  const upload = res.body.data?.requestFileUpload?.upload;
  if (!upload) throw new Error(`requestFileUpload failed: ${JSON.stringify(res.body)}`);
  const sent = await putBytes(stack, upload.url, bytes);
  if (sent.status !== 201) throw new Error(`upload failed (${sent.status}): ${JSON.stringify(sent.json)}`);
  const file = await gql(stack.url, FILE, { id: sent.json.file.id }, { token: user.token });
  return file.body.data.storedFile;
}
