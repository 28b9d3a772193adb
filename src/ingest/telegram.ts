import type { DocumentDraft } from '../contracts/document.js';
import { IngestError } from './errors.js';
import type { Parser } from './parser.js';

/**
 * Telegram Desktop's JSON export (`result.json`, see
 * ../shared/spec/telegram-export.md): a one-chat export (root with
 * messages[]) or a whole-account export (chats.list[] and left_chats.list[]).
 * One post draft per message with text; service and unsupported messages
 * and media without a caption are skipped.
 */

const NOT_AN_EXPORT = 'not a Telegram Desktop export';
const NO_TEXT = 'Telegram export has no messages with text';

type JsonObject = Record<string, unknown>;
type Message = JsonObject & { id: number };

interface Chat {
  name: string | null;
  id: string | null;
  /** Public username, when known (see chatUsername). */
  username: string | null;
  messages: Message[];
}

export const parseTelegram: Parser = (text, source) => {
  const root = parseJson(text.replace(/^\uFEFF/, ''), source.name);
  const chats = readChats(root, source.name);
  const drafts = chats.flatMap(chatDrafts);
  if (drafts.length === 0) throw new IngestError(source.name, NO_TEXT);
  return drafts;
};

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new IngestError(name, `invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

// ---------------------------------------------------------------------------
// Shape
// ---------------------------------------------------------------------------

function readChats(root: unknown, name: string): Chat[] {
  const refuse = (reason: string): never => {
    throw new IngestError(name, `${NOT_AN_EXPORT}: ${reason}`);
  };
  if (!isObject(root)) return refuse('the root is not a JSON object');
  if ('messages' in root) return [readChat(root, 'the root', refuse)];
  const chats = root.chats;
  if (!isObject(chats) || !Array.isArray(chats.list)) return refuse('no messages[] or chats.list[]');
  const lists: Array<[string, unknown[]]> = [['chats.list', chats.list]];
  if (root.left_chats !== undefined) {
    const left = root.left_chats;
    if (!isObject(left) || !Array.isArray(left.list)) return refuse('left_chats.list is not an array');
    lists.push(['left_chats.list', left.list]);
  }
  return lists.flatMap(([listName, list]) =>
    list.flatMap((chat, index) => {
      const where = `${listName}[${index}]`;
      if (!isObject(chat)) return refuse(`${where} is not an object`);
      return isPersonal(chat) ? [] : [readChat(chat, where, refuse)];
    }),
  );
}

/**
 * A whole-account export also holds the user's private conversations. Only
 * channels and groups are sources of reporting; private chats are left out so
 * that nobody's personal messages land in a shared store by accident. (A
 * one-chat export is read whatever its type: the user chose that chat.)
 */
const PERSONAL_CHAT_TYPES = new Set(['personal_chat', 'bot_chat', 'saved_messages', 'replies']);

function isPersonal(chat: JsonObject): boolean {
  return typeof chat.type === 'string' && PERSONAL_CHAT_TYPES.has(chat.type);
}

function hasNumericId(message: JsonObject): message is Message {
  return typeof message.id === 'number' && Number.isFinite(message.id);
}

function readChat(chat: JsonObject, where: string, refuse: (reason: string) => never): Chat {
  if (!Array.isArray(chat.messages)) return refuse(`messages of ${where} is not an array`);
  const messages = chat.messages.map((message: unknown, index) => {
    if (!isObject(message)) return refuse(`message ${index} of ${where} is not an object`);
    if (!hasNumericId(message)) return refuse(`message ${index} of ${where} has a non-numeric id`);
    return message;
  });
  const id = chat.id;
  return {
    name: stringOrNull(chat.name),
    id: typeof id === 'number' || typeof id === 'string' ? String(id) : null,
    username: chatUsername(chat, messages),
    messages,
  };
}

// ---------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------

/** A text run or entity list (strings and { type, text } objects) joined into plain text. */
function flattenText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return '';
  return value
    .map((part: unknown) => {
      if (typeof part === 'string') return part;
      return isObject(part) && typeof part.text === 'string' ? part.text : '';
    })
    .join('');
}

/** text_entities when present (every export since 2021 has it), else the older `text`. */
export function messageText(message: JsonObject): string {
  const source = Array.isArray(message.text_entities) ? message.text_entities : message.text;
  return flattenText(source).replace(/\r\n?/g, '\n').trim();
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

function fromUnixSeconds(value: unknown): string | null {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(seconds)) return null;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * Fallback for exports without *_unixtime: `date` is the exporting machine's
 * local time with no offset, which is unknowable; we read it as UTC, so it
 * may be off by that machine's UTC offset.
 */
function fromLocalDate(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(`${value}Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function messageTime(message: JsonObject, field: 'date' | 'edited'): string | null {
  return fromUnixSeconds(message[`${field}_unixtime`]) ?? fromLocalDate(message[field]);
}

// ---------------------------------------------------------------------------
// Public username and post links
// ---------------------------------------------------------------------------

const USERNAME = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;
const POST_LINK = /^(?:https?:\/\/)?(?:www\.)?(?:t\.me|telegram\.me)\/([A-Za-z][A-Za-z0-9_]{3,31})\/(\d+)\/?(?:[?#].*)?$/i;
const MIN_SELF_LINKS = 2;

function isForwarded(message: JsonObject): boolean {
  return 'forwarded_from' in message || 'forwarded_from_id' in message;
}

interface PostLink {
  name: string;
  postId: number;
}

/** t.me post links in a message's own entities (`link` text and `text_link` href). */
function postLinks(message: JsonObject): PostLink[] {
  const entities = [
    ...(Array.isArray(message.text_entities) ? message.text_entities : []),
    ...(Array.isArray(message.text) ? message.text : []),
  ];
  const links: PostLink[] = [];
  for (const entity of entities) {
    if (!isObject(entity)) continue;
    const target = entity.type === 'link' ? entity.text : entity.type === 'text_link' ? entity.href : null;
    const match = typeof target === 'string' ? POST_LINK.exec(target.trim()) : null;
    if (match?.[1] && match[2]) links.push({ name: match[1], postId: Number(match[2]) });
  }
  return links;
}

/**
 * Telegram Desktop does not write a chat's public username. We accept one in
 * two ways only, because a wrong link is worse than none:
 * 1. a `username` field on the chat (the root of a one-chat export), which
 *    some archiving tools add;
 * 2. for public (or untyped) chats, links of the form t.me/<name>/<n> in the
 *    chat's own, non-forwarded messages, when at least two such links exist,
 *    all name the same channel (case-insensitively), and every <n> is the id
 *    of a message in this export. A channel citing another channel fails the
 *    last two tests; forwarded posts are ignored because their links belong
 *    to the origin.
 */
function chatUsername(chat: JsonObject, messages: Message[]): string | null {
  const declared = typeof chat.username === 'string' ? chat.username.trim().replace(/^@/, '') : null;
  if (declared !== null && USERNAME.test(declared)) return declared;
  const type = chat.type;
  if (type !== undefined && type !== 'public_channel' && type !== 'public_supergroup') return null;

  const links = messages.filter((message) => !isForwarded(message)).flatMap(postLinks);
  const first = links[0];
  if (first === undefined || links.length < MIN_SELF_LINKS) return null;
  const ids = new Set(messages.map((message) => message.id));
  const consistent = links.every(
    (link) => link.name.toLowerCase() === first.name.toLowerCase() && ids.has(link.postId),
  );
  return consistent ? first.name : null;
}

// ---------------------------------------------------------------------------
// Drafts
// ---------------------------------------------------------------------------

function chatDrafts(chat: Chat): DocumentDraft[] {
  const drafts: DocumentDraft[] = [];
  for (const message of chat.messages) {
    if (message.type !== 'message') continue;
    const text = messageText(message);
    if (text) drafts.push(messageDraft(chat, message, text));
  }
  return drafts;
}

function messageDraft(chat: Chat, message: Message, text: string): DocumentDraft {
  const { id } = message;
  return {
    url: chat.username === null ? null : `https://t.me/${chat.username}/${id}`,
    // Posts have no title; a first line would only repeat the text.
    title: null,
    publisher: chat.name,
    published: messageTime(message, 'date'),
    lang: null,
    kind: 'post',
    text,
    meta: {
      format: 'telegram',
      channel: chat.name,
      channelId: chat.id,
      postId: id,
      author: stringOrNull(message.author) ?? stringOrNull(message.from),
      forwardedFrom: stringOrNull(message.forwarded_from),
      edited: messageTime(message, 'edited'),
      locator: `message ${id}`,
    },
  };
}
