import type { Board, Relation } from '../contracts/board.js';

/**
 * A board as the bytes of its JSON (those of JSON.stringify(board) with
 * every character outside ASCII escaped, see asciiJson), with where each
 * figure, relation and claim sits in them and how they refer
 * to each other. The board worker makes it; the main thread answers every
 * board-derived request from it by slicing and joining bytes, without
 * parsing or serialising the board. Everything in it is a typed array or a
 * list of strings, so it crosses threads cheaply (the bytes are transferred,
 * not copied).
 *
 * Spans are byte offsets, [start, end) pairs one after another. A `*Starts`
 * array is the usual compressed layout of lists per item: item i's list is
 * `list[starts[i] .. starts[i + 1])`.
 */
export interface BoardBody {
  bytes: Uint8Array<ArrayBuffer>;
  figureIds: string[];
  figureSpans: Float64Array;
  /** Keys of board.claims, in order. */
  claimIds: string[];
  claimSpans: Float64Array;
  relationSpans: Float64Array;
  /** Each figure's claims that are on the board, as indexes into claimIds, in the figure's order. */
  figureClaims: Int32Array;
  figureClaimStarts: Int32Array;
  /** The relations touching each figure's claims, as indexes into board.relations, in board order. */
  figureRelations: Int32Array;
  figureRelationStarts: Int32Array;
  /** The relations touching each claim, as indexes into board.relations, in board order. */
  claimRelations: Int32Array;
  claimRelationStarts: Int32Array;
  /** Each relation's claims a and b, as indexes into claimIds (-1: not on the board), and its verdict. */
  relationClaims: Int32Array;
  relationVerdicts: string[];
}

/**
 * JSON text with every character outside ASCII written as a \uXXXX escape: the
 * same JSON value, in bytes that a client turns into text on its fast path
 * (pure ASCII), into strings of one byte a character. A board has a
 * character outside ASCII every 200 or so (quotes, dashes, names), enough to
 * put most pieces of it on the slow path; autocannon took in about three
 * times as many 100k-claim boards a second once they were ASCII.
 */
export function asciiJson(json: string): string {
  return NON_ASCII.test(json) ? json.replace(NON_ASCII_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[^\x00-\x7f]/g;

/** Writes JSON text as ASCII (asciiJson) into chunks of a few MB (no copying as it grows), and tells where each piece went. */
class ByteWriter {
  private static readonly CHUNK = 8 << 20;
  private readonly full: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(ByteWriter.CHUNK);
  private used = 0;
  /** Bytes written, in the chunks already full. */
  private before = 0;

  get size(): number {
    return this.before + this.used;
  }

  write(json: string): void {
    const text = asciiJson(json);
    const room = text.length;
    if (this.used + room > this.chunk.length) {
      this.full.push(this.chunk.subarray(0, this.used));
      this.before += this.used;
      this.chunk = Buffer.allocUnsafe(Math.max(ByteWriter.CHUNK, room));
      this.used = 0;
    }
    this.used += this.chunk.write(text, this.used, 'latin1');
  }

  /** Writes a JSON value and records its span. */
  value(value: unknown, spans: number[]): void {
    spans.push(this.size);
    this.write(JSON.stringify(value));
    spans.push(this.size);
  }

  /** The bytes written, in an ArrayBuffer of their own (one that can be transferred whole). */
  bytes(): Uint8Array<ArrayBuffer> {
    const bytes = new Uint8Array(this.size);
    let at = 0;
    for (const chunk of [...this.full, this.chunk.subarray(0, this.used)]) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  }
}

/** The board's JSON and its layout (worker side). */
export function boardBody(board: Board): BoardBody {
  const out = new ByteWriter();
  const figureSpans: number[] = [];
  const relationSpans: number[] = [];
  const claimSpans: number[] = [];
  const claimIds: string[] = [];
  // The keys in the board's own order, as JSON.stringify writes them; undefined members are left out, as it does.
  out.write('{');
  let first = true;
  for (const [key, value] of Object.entries(board)) {
    if (value === undefined || typeof value === 'function') continue;
    out.write(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (key === 'figures') writeArray(out, board.figures, figureSpans);
    else if (key === 'relations') writeArray(out, board.relations, relationSpans);
    else if (key === 'claims') {
      out.write('{');
      for (const [id, claim] of Object.entries(board.claims)) {
        if (claim === undefined) continue;
        out.write(`${claimIds.length ? ',' : ''}${JSON.stringify(id)}:`);
        out.value(claim, claimSpans);
        claimIds.push(id);
      }
      out.write('}');
    } else out.write(JSON.stringify(value));
  }
  out.write('}');
  return { bytes: out.bytes(), ...boardLinks(board, claimIds), claimIds, figureSpans: spans(figureSpans), claimSpans: spans(claimSpans), relationSpans: spans(relationSpans) };
}

function writeArray(out: ByteWriter, items: readonly unknown[], spans: number[]): void {
  out.write('[');
  items.forEach((item, i) => {
    if (i > 0) out.write(',');
    out.value(item ?? null, spans);
  });
  out.write(']');
}

const spans = (offsets: number[]) => Float64Array.from(offsets);

/** How figures, claims and relations refer to each other, by index. */
function boardLinks(board: Board, claimIds: readonly string[]) {
  const claimIndex = new Map(claimIds.map((id, i) => [id, i]));
  // Which figures list a claim id (on the board or not), for the relations touching each figure.
  const figuresOf = new Map<string, number[]>();
  board.figures.forEach((figure, f) => {
    for (const id of figure.claims) {
      const listed = figuresOf.get(id);
      if (!listed) figuresOf.set(id, [f]);
      else if (listed[listed.length - 1] !== f) listed.push(f);
    }
  });
  const relationsOfFigure = board.figures.map((): number[] => []);
  const relationsOfClaim = claimIds.map((): number[] => []);
  const relationClaims = new Int32Array(board.relations.length * 2);
  board.relations.forEach((relation: Relation, r) => {
    const a = claimIndex.get(relation.a) ?? -1;
    const b = claimIndex.get(relation.b) ?? -1;
    relationClaims[2 * r] = a;
    relationClaims[2 * r + 1] = b;
    for (const c of new Set([a, b])) if (c >= 0) relationsOfClaim[c]!.push(r);
    for (const f of new Set([...(figuresOf.get(relation.a) ?? []), ...(figuresOf.get(relation.b) ?? [])])) relationsOfFigure[f]!.push(r);
  });
  const figureClaims = packed(board.figures.map((figure) => figure.claims.map((id) => claimIndex.get(id) ?? -1).filter((i) => i >= 0)));
  const figureRelations = packed(relationsOfFigure);
  const claimRelations = packed(relationsOfClaim);
  return {
    figureIds: board.figures.map((figure) => figure.id),
    figureClaims: figureClaims.list,
    figureClaimStarts: figureClaims.starts,
    figureRelations: figureRelations.list,
    figureRelationStarts: figureRelations.starts,
    claimRelations: claimRelations.list,
    claimRelationStarts: claimRelations.starts,
    relationClaims,
    relationVerdicts: board.relations.map((relation) => relation.verdict),
  };
}

/** Lists per item in the compressed layout: one list after another, and where each starts. */
function packed(lists: readonly (readonly number[])[]): { list: Int32Array; starts: Int32Array } {
  const starts = new Int32Array(lists.length + 1);
  lists.forEach((items, i) => (starts[i + 1] = starts[i]! + items.length));
  const list = new Int32Array(starts[lists.length]!);
  lists.forEach((items, i) => list.set(items, starts[i]!));
  return { list, starts };
}

/** The buffers of a body, to transfer rather than copy. */
export function transferables(body: BoardBody): ArrayBuffer[] {
  const arrays = [body.bytes, body.figureSpans, body.claimSpans, body.relationSpans, body.figureClaims, body.figureClaimStarts];
  arrays.push(body.figureRelations, body.figureRelationStarts, body.claimRelations, body.claimRelationStarts, body.relationClaims);
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

/** Relations in a /api/relations answer are sent in pieces of about this size, so that no one piece holds the event loop long. */
const RELATIONS_CHUNK = 1 << 20;

/**
 * The answers of the board-derived endpoints from a BoardBody (main-thread
 * side): bytes cut from the board's JSON and joined, never a parse or a
 * serialisation of the whole board.
 */
export class BoardAnswers {
  private figureIndex: Map<string, number> | null = null;
  private claimIndex: Map<string, number> | null = null;

  constructor(readonly body: BoardBody) {}

  /** GET /api/board: the board's JSON. */
  board(): Uint8Array<ArrayBuffer> {
    return this.body.bytes;
  }

  /** GET /api/figures/:id: a FigureTimeline's JSON, or null when the board has no such figure. */
  figure(id: string): Buffer<ArrayBuffer> | null {
    this.figureIndex ??= indexOf(this.body.figureIds);
    const f = this.figureIndex.get(id);
    if (f === undefined) return null;
    const { figureClaims, figureClaimStarts, figureRelations, figureRelationStarts } = this.body;
    const claims = [...figureClaims.subarray(figureClaimStarts[f], figureClaimStarts[f + 1])];
    const relations = [...figureRelations.subarray(figureRelationStarts[f], figureRelationStarts[f + 1])];
    return Buffer.concat([
      text('{"figure":'),
      this.span(this.body.figureSpans, f),
      text(',"claims":['),
      ...this.joined(this.body.claimSpans, claims),
      text('],"relations":['),
      ...this.joined(this.body.relationSpans, relations),
      text(']}'),
    ]);
  }

  /** Where a claim stands on the board (ClaimDetail's figure and relations); a claim not on it has no figure and no relations. */
  claimPlace(id: string): { figure: string | null; relations: Relation[] } {
    this.claimIndex ??= indexOf(this.body.claimIds);
    const c = this.claimIndex.get(id);
    if (c === undefined) return { figure: null, relations: [] };
    const { claimRelations, claimRelationStarts } = this.body;
    const claim = parse<{ figure?: string }>(this.span(this.body.claimSpans, c));
    const relations = [...claimRelations.subarray(claimRelationStarts[c], claimRelationStarts[c + 1])].map((r) => parse<Relation>(this.span(this.body.relationSpans, r)));
    return { figure: claim.figure ?? null, relations };
  }

  /** GET /api/relations: RelationView[] JSON, in pieces; only relations of `verdict` when given, only those whose two claims are on the board. */
  *relations(verdict?: string): Generator<Buffer<ArrayBuffer>> {
    const { relationClaims, relationVerdicts, relationSpans, claimSpans } = this.body;
    let pieces: Uint8Array[] = [text('[')];
    let size = 1;
    let written = 0;
    for (let r = 0; r < relationVerdicts.length; r++) {
      const [a, b] = [relationClaims[2 * r]!, relationClaims[2 * r + 1]!];
      if ((verdict !== undefined && relationVerdicts[r] !== verdict) || a < 0 || b < 0) continue;
      const relation = this.span(relationSpans, r);
      // The relation's object without its closing brace, then its claims.
      const view = [text(written++ ? ',' : ''), relation.subarray(0, relation.length - 1), text(',"claims":{"a":'), this.span(claimSpans, a), text(',"b":'), this.span(claimSpans, b), text('}}')];
      pieces.push(...view);
      size += view.reduce((n, piece) => n + piece.length, 0);
      if (size >= RELATIONS_CHUNK) {
        yield Buffer.concat(pieces);
        pieces = [];
        size = 0;
      }
    }
    pieces.push(text(']'));
    yield Buffer.concat(pieces);
  }

  private span(spans: Float64Array, i: number): Uint8Array {
    return this.body.bytes.subarray(spans[2 * i], spans[2 * i + 1]);
  }

  /** The spans of items `indexes`, comma-separated. */
  private joined(spans: Float64Array, indexes: readonly number[]): Uint8Array[] {
    return indexes.flatMap((i, n) => (n === 0 ? [this.span(spans, i)] : [COMMA, this.span(spans, i)]));
  }
}

const COMMA = Buffer.from(',');
const text = (value: string) => Buffer.from(value);
const parse = <T>(bytes: Uint8Array): T => JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as T;
const indexOf = (ids: readonly string[]) => new Map(ids.map((id, i) => [id, i]));
