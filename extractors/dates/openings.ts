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
/** An edge of the openings' trie that any digit takes (`#`). */
const ANY_DIGIT = -1;

/** Gives each character an opening reads a class: its digit, the blank class, or the letters `readAs` reads alike. */
function characterClasses(
  openings: Iterable<string>,
  readAs: (char: string) => string,
): { readonly classes: Uint8Array; readonly count: number } {
  const classes = new Uint8Array(0x10000);
  for (let digit = 0; digit <= 9; digit += 1) classes[0x30 + digit] = FIRST_DIGIT_CLASS + digit;
  classes[0x20] = BLANK_CLASS;
  classes[0x09] = BLANK_CLASS;
  const written = new Set<string>();
  for (const opening of openings) for (let index = 0; index < opening.length; index += 1) written.add(opening.charAt(index));
  // the character each class was made for: the openings write each class one way (in lower case), so that sorted as
  // strings (minimalTrie) those that begin alike stand together
  const writtenAs: string[] = [];
  let count = BLANK_CLASS;
  for (const char of written) {
    if (char === ' ' || char === '#' || (char >= '0' && char <= '9')) continue;
    if (char >= '\ud800' && char <= '\udfff') throw new Error('dates: an opening writes a character outside the BMP');
    const reading = readAs(char);
    const known = classes[reading.charCodeAt(0)] ?? 0;
    if (known !== 0) throw new Error(`dates: openings write "${char}" and "${writtenAs[known] ?? ''}", read alike`);
    count += 1;
    if (count > 0xff) throw new Error('dates: the openings read more classes of characters than OpeningAutomaton holds');
    writtenAs[count] = char;
    for (let index = 0; index < reading.length; index += 1) classes[reading.charCodeAt(index)] = count;
  }
  return { classes, count };
}

/** The rules whose opening, and whose lead and the space after it, end at one place: in increasing order. */
interface Ending {
  readonly rules: number[];
  readonly leadRules: number[];
}

const NO_ENDING: Ending = { rules: [], leadRules: [] };

/** One node of a trie of openings, before the automaton is made deterministic. */
interface TrieNode {
  readonly id: number;
  /** The labels of the edges out of the node (a class, or ANY_DIGIT), in the order the openings sort. */
  readonly labels: number[];
  /** The node each edge leads to, in the order of `labels`. */
  readonly children: TrieNode[];
  /** The rules whose opening or lead ends here (NO_ENDING for most nodes). */
  ending: Ending;
}

/** Makes the nodes of one trie, numbered across the tries, and keeps one node for each way of ending. */
interface TrieBuilder {
  readonly newNode: () => TrieNode;
  /** Nodes by signature (their rules, and the label and node of each edge): equal endings are one node. */
  readonly bySignature: Map<string, TrieNode>;
}

/** The node already kept that ends as `node` does (its children kept before it), or `node`, now kept. */
function keep(builder: TrieBuilder, node: TrieNode): TrieNode {
  let signature = `${node.ending.rules.join(',')};${node.ending.leadRules.join(',')}`;
  for (let at = 0; at < node.labels.length; at += 1) signature += `|${node.labels[at] ?? 0}:${node.children[at]?.id ?? 0}`;
  const known = builder.bySignature.get(signature);
  if (known !== undefined) return known;
  builder.bySignature.set(signature, node);
  return node;
}

/** Keeps the nodes of `path` deeper than `depth`, deepest first, each parent pointing to the node kept for its child. */
function keepBelow(builder: TrieBuilder, path: TrieNode[], depth: number): void {
  while (path.length - 1 > depth) {
    const node = path.pop();
    const parent = path[path.length - 1];
    if (node === undefined || parent === undefined) return;
    parent.children[parent.children.length - 1] = keep(builder, node);
  }
}

/**
 * The trie of `openings` (each with the rules it opens) in which nodes that end alike are one: the openings after
 * `ngày #`, `sáng ngày #`, `mồng #`… end alike, and thousands of trie nodes come down to a few hundred. Built in
 * one pass over the openings sorted (incremental construction of a minimal acyclic automaton, Daciuk et al. 2000):
 * only the path of the last opening is ever open, the nodes it leaves are kept as it goes.
 */
function minimalTrie(
  builder: TrieBuilder,
  openings: ReadonlyMap<string, Ending>,
  labelAt: (opening: string, index: number) => number,
): TrieNode {
  const root = builder.newNode();
  const path: TrieNode[] = [root];
  let previous = '';
  for (const opening of [...openings.keys()].sort()) {
    let shared = 0;
    while (shared < opening.length && opening.charCodeAt(shared) === previous.charCodeAt(shared)) shared += 1;
    keepBelow(builder, path, shared);
    let node = path[shared] ?? root;
    for (let index = shared; index < opening.length; index += 1) {
      const child = builder.newNode();
      node.labels.push(labelAt(opening, index));
      node.children.push(child);
      path.push(child);
      node = child;
    }
    node.ending = openings.get(opening) ?? NO_ENDING;
    previous = opening;
  }
  keepBelow(builder, path, 0);
  return root;
}

/** Adds `rule` to the rules of `list`, kept in increasing order (the rules come in increasing order). */
function addRule(list: number[], rule: number): void {
  if (list[list.length - 1] !== rule) list.push(rule);
}

/**
 * The openings of `byRule` as written (a null one is empty) and the leads of `leads` followed by a space, each with
 * the rules it ends.
 */
function endingsByOpening(byRule: OpeningsByRule, leads: ReadonlyMap<number, readonly string[]>): Map<string, Ending> {
  const byOpening = new Map<string, Ending>();
  const endingOf = (opening: string): Ending => {
    const known = byOpening.get(opening);
    if (known !== undefined) return known;
    const ending: Ending = { rules: [], leadRules: [] };
    byOpening.set(opening, ending);
    return ending;
  };
  for (const [rule, openings] of [...byRule].sort(([a], [b]) => a - b)) {
    for (const opening of openings) addRule(endingOf(opening ?? '').rules, rule);
  }
  for (const [rule, ruleLeads] of [...leads].sort(([a], [b]) => a - b)) {
    for (const lead of ruleLeads) addRule(endingOf(`${lead} `).leadRules, rule);
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
  const groups = [...byDigitRun.map((byRule) => endingsByOpening(byRule, new Map())), endingsByOpening(inWords, leads)];
  const { classes, count } = characterClasses(groups.flatMap((byOpening) => [...byOpening.keys()]), readAs);
  const labelAt = (opening: string, index: number): number => {
    const code = opening.charCodeAt(index);
    return code === 0x23 ? ANY_DIGIT : code === 0x20 ? BLANK_CLASS : classes[code] ?? 0;
  };
  let nodes = 0;
  const builder: TrieBuilder = {
    newNode: () => ({ id: (nodes += 1), labels: [], children: [], ending: NO_ENDING }),
    bySignature: new Map(),
  };
  const tries = groups.map((byOpening) => minimalTrie(builder, byOpening, labelAt));

  // The tries have no cycle, so neither has the automaton: each state is made after the states it leads to, and
  // states that hold the same rules and lead to the same states are one.
  const byNode = new Map<TrieNode, number>();
  const bySubset = new Map<string, number>();
  const bySignature = new Map<string, number>();
  const states: OpeningState[] = [];
  /** Per state number, its transitions: the class and the state number it leads to. */
  const ways: (readonly (readonly [number, number])[])[] = [];
  const stateOf = (members: readonly TrieNode[]): number => {
    const single = members.length === 1 ? members[0] : undefined;
    const subset = single === undefined ? members.map((member) => member.id).sort((a, b) => a - b).join(',') : '';
    const known = single === undefined ? bySubset.get(subset) : byNode.get(single);
    if (known !== undefined) return known;
    const targetsByClass = new Map<number, TrieNode[]>();
    const addTarget = (id: number, target: TrieNode): void => {
      const targets = targetsByClass.get(id);
      if (targets === undefined) targetsByClass.set(id, [target]);
      else if (!targets.includes(target)) targets.push(target);
    };
    for (const member of members) {
      member.labels.forEach((label, at) => {
        const child = member.children[at];
        if (child === undefined) return;
        if (label !== ANY_DIGIT) addTarget(label, child);
        else for (let digit = 0; digit <= 9; digit += 1) addTarget(FIRST_DIGIT_CLASS + digit, child);
      });
    }
    const transitions = [...targetsByClass].sort(([a], [b]) => a - b).map(([id, targets]) => [id, stateOf(targets)] as const);
    const rules = [...new Set(members.flatMap((member) => member.ending.rules))].sort((a, b) => a - b);
    const leadRules = [...new Set(members.flatMap((member) => member.ending.leadRules))].sort((a, b) => a - b);
    const signature = `${rules.join(',')};${leadRules.join(',')}|${transitions.map(([id, target]) => `${id}:${target}`).join(',')}`;
    let state = bySignature.get(signature);
    if (state === undefined) {
      state = states.length;
      states.push({ rules, leadRules });
      ways.push(transitions);
      bySignature.set(signature, state);
    }
    if (single === undefined) bySubset.set(subset, state);
    else byNode.set(single, state);
    return state;
  };
  const roots = tries.map((root) => stateOf([root]));
  const wordStart = roots.pop();
  if (wordStart === undefined) throw new Error('dates: no trie for the openings in words');
  const classCount = count + 1;
  const transitions = new Int32Array(states.length * classCount).fill(NO_STATE);
  ways.forEach((stateWays, state) => {
    for (const [id, target] of stateWays) transitions[state * classCount + id] = target;
  });
  const endings = Uint8Array.from(states, (state) =>
    (state.rules.length > 0 ? ENDS_RULES : 0) | (state.leadRules.length > 0 ? ENDS_LEADS : 0));
  return { classes, classCount, transitions, states, endings, digitRoots: roots, wordStart };
}
