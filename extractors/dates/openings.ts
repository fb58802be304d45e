// The openings of every date rule (RuleStarts: `ngày #/#`, `tháng Sáu`, a run of digits then `/####`), read as one
// deterministic automaton over classes of characters: walking a word's letters from `wordStart` (or the characters
// after a run of digits from its root) tells, one table lookup per character, every rule whose opening the text
// fits, instead of looking the word up by its key and comparing the text with each of its openings in turn (the
// openings after `ngày` or a day number run into the hundreds).

/** One state of the walk: the rules whose opening ends here. Where each character leads is in `transitions`. */
export interface OpeningState {
  /** Rules, by index, whose opening the characters read so far complete: they may open whatever follows. */
  readonly rules: readonly number[];
  /** Rules whose lead (RuleStarts.leads) and the space after it the characters read so far complete: they may open
   *  on a run of digits next, as their digits open. */
  readonly leadRules: readonly number[];
}

/** In `transitions`: no opening goes on. */
export const NO_STATE = -1;

/** In `endings`: the state's `rules` are not empty. */
export const ENDS_RULES = 1;
/** In `endings`: the state's `leadRules` are not empty. */
export const ENDS_LEADS = 2;

export interface OpeningAutomaton {
  /** The class of each UTF-16 code unit, 0 for one that no opening reads. */
  readonly classes: Uint8Array;
  /** How many classes there are: the length of a state's row in `transitions`. */
  readonly classCount: number;
  /**
   * The state each state leads to on each class, by state number × classCount + class (NO_STATE where no opening
   * goes on): one typed array read per character walked, over a thousand words an article.
   */
  readonly transitions: Int32Array;
  /** The states, by number. */
  readonly states: readonly OpeningState[];
  /**
   * Per state number, ENDS_RULES and ENDS_LEADS when its rules or leadRules are not empty: most characters walked
   * end nothing, and one byte read tells so without reading the state and its two lists.
   */
  readonly endings: Uint8Array;
  /** Where the walk over what follows a run of digits starts, by the run's length: a state number. */
  readonly digitRoots: readonly number[];
  /** Where the walk over a word's letters starts (a state number); the state it reaches at the word's end goes on
   *  after it. */
  readonly wordStart: number;
}

/** Openings by rule index. A null opening (after a run of digits): anything may follow. */
export type OpeningsByRule = ReadonlyMap<number, readonly (string | null)[]>;

/** The classes of the digits `0` … `9`, each its own (an opening may write a digit, `thứ 2`, or any digit, `#`). */
const FIRST_DIGIT_CLASS = 1;
/** A space or a tab, which a space in an opening stands for. */
const BLANK_CLASS = 11;
/** An edge of the openings' trie that any digit takes (`#`): class 0, which no opening reads, is free for it. */
const ANY_DIGIT = 0;
/** The largest number a key holds (one UTF-16 code unit): of an ending, a trie node or a state. */
const MAX_NUMBER = 0xfffe;
/** In an ending's key: where its rules end and its leadRules begin. */
const LEAD_RULES_FOLLOW = 0xffff;
const LEAD_RULES_MARK = String.fromCharCode(LEAD_RULES_FOLLOW);

/**
 * Gives each character an opening reads a class: its digit, the blank class, or the letters `readAs` reads alike.
 * Classes are numbered as the openings first write their letters.
 */
function characterClasses(
  groups: readonly ReadonlyMap<string, string>[],
  readAs: (char: string) => string,
): { readonly classes: Uint8Array; readonly count: number } {
  const classes = new Uint8Array(0x10000);
  for (let digit = 0; digit <= 9; digit += 1) classes[0x30 + digit] = FIRST_DIGIT_CLASS + digit;
  classes[0x20] = BLANK_CLASS;
  classes[0x09] = BLANK_CLASS;
  // the character each class was made for: the openings write each class one way (in lower case), so that sorted as
  // strings (minimalTrie) those that begin alike stand together
  const writtenAs: number[] = [];
  let count = BLANK_CLASS;
  for (const byOpening of groups) {
    for (const opening of byOpening.keys()) {
      for (let index = 0; index < opening.length; index += 1) {
        const code = opening.charCodeAt(index);
        if (code === 0x23 || code === 0x20 || (code >= 0x30 && code <= 0x39)) continue; // their classes are fixed
        const known = classes[code] ?? 0;
        if (known !== 0) {
          if (writtenAs[known] === code) continue;
          const other = String.fromCharCode(writtenAs[known] ?? 0);
          throw new Error(`dates: openings write "${opening.charAt(index)}" and "${other}", read alike`);
        }
        if (code >= 0xd800 && code <= 0xdfff) throw new Error('dates: an opening writes a character outside the BMP');
        count += 1;
        if (count > 0xff) throw new Error('dates: the openings read more classes of characters than OpeningAutomaton holds');
        writtenAs[count] = code;
        const reading = readAs(opening.charAt(index));
        for (let at = 0; at < reading.length; at += 1) classes[reading.charCodeAt(at)] = count;
      }
    }
  }
  return { classes, count };
}

/** The rules whose opening, and whose lead and the space after it, end at one place: in increasing order. */
interface Ending {
  readonly rules: number[];
  readonly leadRules: number[];
}

/**
 * Numbers keys in the order first seen. A key is a short list of numbers written one UTF-16 code unit each: one
 * Map lookup of a few code units finds a node or a state equal to one already numbered, where a signature joined
 * from the numbers' digits cost a long string per node.
 */
class KeyNumbers {
  private readonly byKey = new Map<string, number>();
  /** The keys, by number. */
  readonly keys: string[] = [];

  numberOf(key: string): number {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const number = this.keys.length;
    if (number > MAX_NUMBER) throw new Error('dates: the openings make more endings, nodes or states than a key holds');
    this.byKey.set(key, number);
    this.keys.push(key);
    return number;
  }
}

/**
 * The key of an ending: its rules, then, when it has leadRules, LEAD_RULES_FOLLOW and its leadRules (one way to
 * write each ending, so that equal endings have one number).
 */
function endingKey(rules: readonly number[], leadRules: readonly number[]): string {
  const key = String.fromCharCode(...rules);
  return leadRules.length === 0 ? key : `${key}${LEAD_RULES_MARK}${String.fromCharCode(...leadRules)}`;
}

/** The ending an ending key writes. */
function endingOfKey(key: string): Ending {
  const ending: Ending = { rules: [], leadRules: [] };
  let list = ending.rules;
  for (let at = 0; at < key.length; at += 1) {
    const code = key.charCodeAt(at);
    if (code === LEAD_RULES_FOLLOW) list = ending.leadRules;
    else list.push(code);
  }
  return ending;
}

/**
 * The trie nodes of the last opening read, from the root down, that may still gain edges: per depth, the number of
 * its ending, the key of its edges so far (the label of each and the node it leads to), and the label of its last edge.
 */
interface OpenPath {
  readonly endings: number[];
  readonly edges: string[];
  readonly lastLabels: number[];
}

/**
 * Closes the deepest node of `path`: numbers it by its key (its ending's number, then its edges), so that nodes that
 * end alike are one. Returns its number.
 */
function closeDeepest(nodes: KeyNumbers, path: OpenPath): number {
  return nodes.numberOf(String.fromCharCode(path.endings.pop() ?? 0) + (path.edges.pop() ?? ''));
}

/** Closes the nodes of `path` deeper than `depth`, deepest first, each parent's last edge leading to its number. */
function closeBelow(nodes: KeyNumbers, path: OpenPath, depth: number): void {
  for (let parent = path.endings.length - 2; parent >= depth; parent -= 1) {
    const node = closeDeepest(nodes, path);
    path.edges[parent] += String.fromCharCode(path.lastLabels[parent] ?? 0, node);
  }
}

/**
 * The trie of `openings` (each with the rules it opens) in which nodes that end alike are one: the openings after
 * `ngày #`, `sáng ngày #`, `mồng #`… end alike, and thousands of trie nodes come down to a few hundred. Built in
 * one pass over the openings sorted (incremental construction of a minimal acyclic automaton, Daciuk et al. 2000):
 * only the path of the last opening is ever open, the nodes it leaves are numbered as it goes. A node is its key in
 * `nodes`; returns the number of the root.
 */
function minimalTrie(
  nodes: KeyNumbers,
  endings: KeyNumbers,
  openings: ReadonlyMap<string, string>,
  labelAt: (opening: string, index: number) => number,
): number {
  const noEnding = endings.numberOf('');
  const path: OpenPath = { endings: [noEnding], edges: [''], lastLabels: [] };
  let previous = '';
  for (const opening of [...openings.keys()].sort()) {
    let shared = 0;
    while (shared < opening.length && opening.charCodeAt(shared) === previous.charCodeAt(shared)) shared += 1;
    closeBelow(nodes, path, shared);
    for (let index = shared; index < opening.length; index += 1) {
      path.lastLabels[index] = labelAt(opening, index);
      path.endings.push(noEnding);
      path.edges.push('');
    }
    path.endings[opening.length] = endings.numberOf(openings.get(opening) ?? '');
    previous = opening;
  }
  closeBelow(nodes, path, 0);
  return closeDeepest(nodes, path);
}

/**
 * The openings of `byRule` as written (a null one is empty) and the leads of `leads` followed by a space, each with
 * the key of its ending (endingKey): the rules it ends, and the rules whose lead it is. Keys are built as the rules
 * come, in increasing order, with no list made per opening.
 */
function endingKeysByOpening(byRule: OpeningsByRule, leads: ReadonlyMap<number, readonly string[]>): Map<string, string> {
  const byOpening = new Map<string, string>();
  for (const [rule, openings] of [...byRule].sort(([a], [b]) => a - b)) {
    if (rule >= LEAD_RULES_FOLLOW) throw new Error('dates: more rules than an ending key holds');
    const ruleCode = String.fromCharCode(rule);
    for (let at = 0; at < openings.length; at += 1) {
      const opening = openings[at] ?? '';
      const known = byOpening.get(opening);
      if (known === undefined) byOpening.set(opening, ruleCode);
      else if (!known.endsWith(ruleCode)) byOpening.set(opening, known + ruleCode);
    }
  }
  for (const [rule, ruleLeads] of [...leads].sort(([a], [b]) => a - b)) {
    const ruleCode = String.fromCharCode(rule);
    for (let at = 0; at < ruleLeads.length; at += 1) {
      const opening = `${ruleLeads[at] ?? ''} `;
      const known = byOpening.get(opening);
      if (known === undefined) byOpening.set(opening, LEAD_RULES_MARK + ruleCode);
      else if (!known.includes(LEAD_RULES_MARK)) byOpening.set(opening, known + LEAD_RULES_MARK + ruleCode);
      else if (!known.endsWith(ruleCode)) byOpening.set(opening, known + ruleCode);
    }
  }
  return byOpening;
}

/**
 * Builds the automaton: one trie for the openings in words (`tháng #`, `tết`) and the leads (`ngày `), one per length
 * of a run of digits for what may follow it (`/#`, ` giờ`), then one subset construction over them all (a `#` reads
 * any digit).
 */
export function openingAutomaton(
  byDigitRun: readonly OpeningsByRule[],
  inWords: OpeningsByRule,
  leads: ReadonlyMap<number, readonly string[]>,
  readAs: (char: string) => string,
): OpeningAutomaton {
  const groups = [...byDigitRun.map((byRule) => endingKeysByOpening(byRule, new Map())), endingKeysByOpening(inWords, leads)];
  const { classes, count } = characterClasses(groups, readAs);
  const labelAt = (opening: string, index: number): number => {
    const code = opening.charCodeAt(index);
    return code === 0x23 ? ANY_DIGIT : code === 0x20 ? BLANK_CLASS : classes[code] ?? 0;
  };
  const nodes = new KeyNumbers();
  const endings = new KeyNumbers();
  const tries = groups.map((byOpening) => minimalTrie(nodes, endings, byOpening, labelAt));

  const stateMaker = new StateMaker(nodes, endings);
  const roots = tries.map((root) => stateMaker.ofNode(root));
  const wordStart = roots.pop();
  if (wordStart === undefined) throw new Error('dates: no trie for the openings in words');
  const classCount = count + 1;
  const stateKeys = stateMaker.keys.keys;
  const stateCount = stateKeys.length;
  const transitions = new Int32Array(stateCount * classCount).fill(NO_STATE);
  const endingByNumber = endings.keys.map(endingOfKey);
  const states: OpeningState[] = [];
  const endsByState = new Uint8Array(stateCount);
  for (let state = 0; state < stateCount; state += 1) {
    const key = stateKeys[state] ?? '';
    const ending = endingByNumber[key.charCodeAt(0)] ?? { rules: [], leadRules: [] };
    states.push(ending);
    endsByState[state] = (ending.rules.length > 0 ? ENDS_RULES : 0) | (ending.leadRules.length > 0 ? ENDS_LEADS : 0);
    for (let at = 1; at < key.length; at += 2) transitions[state * classCount + key.charCodeAt(at)] = key.charCodeAt(at + 1);
  }
  return { classes, classCount, transitions, states, endings: endsByState, digitRoots: roots, wordStart };
}

/**
 * The subset construction over the tries: the tries have no cycle, so neither has the automaton, and each state is
 * made after the states it leads to; states that hold the same rules and lead to the same states are one. A state
 * is its key in `keys`: the number of its ending, then the class and the state of each transition, in class order.
 */
class StateMaker {
  readonly keys = new KeyNumbers();
  private readonly nodes: KeyNumbers;
  private readonly endings: KeyNumbers;
  /** Per trie node, the state it makes alone, NO_STATE until made. */
  private readonly byNode: Int32Array;
  /** The states of several trie nodes together, by their numbers in increasing order (keyed as in KeyNumbers). */
  private readonly bySubset = new Map<string, number>();

  constructor(nodes: KeyNumbers, endings: KeyNumbers) {
    this.nodes = nodes;
    this.endings = endings;
    this.byNode = new Int32Array(nodes.keys.length).fill(NO_STATE);
  }

  /** The state of one trie node. */
  ofNode(node: number): number {
    const known = this.byNode[node] ?? NO_STATE;
    if (known !== NO_STATE) return known;
    const state = this.make([node], (this.nodes.keys[node] ?? '').charCodeAt(0));
    this.byNode[node] = state;
    return state;
  }

  /** The state of several trie nodes together, in increasing order. */
  private ofSubset(members: readonly number[]): number {
    const subset = String.fromCharCode(...members);
    const known = this.bySubset.get(subset);
    if (known !== undefined) return known;
    const state = this.make(members, this.endingOfAll(members));
    this.bySubset.set(subset, state);
    return state;
  }

  /** Makes the state of `members` (or finds the one equal to it), whose ending is number `ending`. */
  private make(members: readonly number[], ending: number): number {
    // each edge as its class << 16 | the node it leads to: sorted as numbers (a typed array sorts with no
    // comparison function to call), they come in class order, the nodes of one class together
    const edges: number[] = [];
    for (let at = 0; at < members.length; at += 1) {
      const node = this.nodes.keys[members[at] ?? 0] ?? '';
      for (let edge = 1; edge < node.length; edge += 2) {
        const label = node.charCodeAt(edge);
        const child = node.charCodeAt(edge + 1);
        if (label !== ANY_DIGIT) edges.push((label << 16) | child);
        else for (let digit = 0; digit <= 9; digit += 1) edges.push(((FIRST_DIGIT_CLASS + digit) << 16) | child);
      }
    }
    const inClassOrder = Int32Array.from(edges).sort();
    let key = String.fromCharCode(ending);
    for (let at = 0; at < inClassOrder.length;) {
      const label = (inClassOrder[at] ?? 0) >>> 16;
      const targets: number[] = [];
      for (; at < inClassOrder.length && (inClassOrder[at] ?? 0) >>> 16 === label; at += 1) {
        const target = (inClassOrder[at] ?? 0) & 0xffff;
        if (targets[targets.length - 1] !== target) targets.push(target);
      }
      key += String.fromCharCode(label, targets.length === 1 ? this.ofNode(targets[0] ?? 0) : this.ofSubset(targets));
    }
    return this.keys.numberOf(key);
  }

  /** The number of the ending of several trie nodes together: every rule that ends at one of them, in increasing order. */
  private endingOfAll(members: readonly number[]): number {
    const rules = new Set<number>();
    const leadRules = new Set<number>();
    for (const member of members) {
      const ending = endingOfKey(this.endings.keys[(this.nodes.keys[member] ?? '').charCodeAt(0)] ?? '');
      for (const rule of ending.rules) rules.add(rule);
      for (const rule of ending.leadRules) leadRules.add(rule);
    }
    return this.endings.numberOf(endingKey([...rules].sort((a, b) => a - b), [...leadRules].sort((a, b) => a - b)));
  }
}
