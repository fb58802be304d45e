// What may follow a trigger (the first word or run of digits of a date rule's match), read as one automaton. The
// openings every rule declares after one trigger (RuleStarts: ` #/#`, ` ## tháng Sáu`, `/####`) are merged into the
// states of a deterministic automaton over classes of characters, so a single walk over the characters after the
// trigger, one table lookup each, tells every rule whose opening the text fits, instead of comparing the text with
// each opening in turn (the openings after `ngày` or a day number run into the hundreds).

/** One state of the walk: the rules whose opening ends here, and the state each class of character leads to. */
export interface FollowerState {
  /** Rules, by index, whose opening the characters read so far complete: they may open whatever follows. */
  readonly rules: readonly number[];
  /** By the class of the next character (FollowerAutomaton.classes), the next state; undefined: no opening goes on. */
  readonly next: readonly (FollowerState | undefined)[];
}

export interface FollowerAutomaton {
  /** The class of each UTF-16 code unit, 0 for one that no opening reads. */
  readonly classes: Uint8Array;
  /** Where the walk after each trigger starts, in the order the triggers were given. */
  readonly roots: readonly FollowerState[];
}

/** For one trigger, the openings of each rule that may open there, by rule index; a null opening: anything next. */
export type FollowersByRule = ReadonlyMap<number, readonly (string | null)[]>;

/** The classes of the digits `0` … `9`, each its own (an opening may write a digit, `thứ 2`, or any digit, `#`). */
const FIRST_DIGIT_CLASS = 1;
/** A space or a tab, which a space in an opening stands for. */
const BLANK_CLASS = 11;
/** An edge of the openings' trie that any digit takes (`#`). */
const ANY_DIGIT = -1;

/** One node of the trie of openings, before it is made deterministic. */
interface TrieNode {
  readonly id: number;
  readonly edges: Map<number, TrieNode>;
  readonly rules: Set<number>;
}

/** Gives each character an opening reads a class: its digit, the blank class, or the letters `readAs` reads alike. */
function characterClasses(
  openings: Iterable<string>,
  readAs: (char: string) => string,
): { readonly classes: Uint8Array; readonly count: number } {
  const classes = new Uint8Array(0x10000);
  /** How many characters each class holds, by class (digits and blanks aside). */
  const sizes: number[] = [];
  for (let digit = 0; digit <= 9; digit += 1) classes[0x30 + digit] = FIRST_DIGIT_CLASS + digit;
  classes[0x20] = BLANK_CLASS;
  classes[0x09] = BLANK_CLASS;
  let count = BLANK_CLASS;
  for (const opening of openings) {
    for (const char of opening) {
      if (char === ' ' || char === '#') continue;
      const reading = readAs(char);
      const known = classes[reading.charCodeAt(0)] ?? 0;
      const id = known === 0 ? (count += 1) : known;
      if (id > 0xff) throw new Error('dates: the openings read more classes of characters than FollowerAutomaton holds');
      if (known === 0) sizes[id] = reading.length;
      else if (id > BLANK_CLASS && sizes[id] !== reading.length) throw new Error(`dates: the openings read "${char}" two ways`);
      for (let index = 0; index < reading.length; index += 1) {
        const code = reading.charCodeAt(index);
        // two readings that share a character must be the same reading, or no class can stand for either
        if ((classes[code] ?? 0) !== known) throw new Error(`dates: the openings read "${char}" two ways`);
        classes[code] = id;
      }
    }
  }
  return { classes, count };
}

/** Builds the automaton for the openings of each trigger (a trie per trigger, then one subset construction). */
export function followerAutomaton(
  triggers: readonly FollowersByRule[],
  readAs: (char: string) => string,
): FollowerAutomaton {
  const openings = triggers.flatMap((byRule) => [...byRule.values()].flat().filter((opening) => opening !== null));
  const { classes, count } = characterClasses(openings, readAs);
  let nodes = 0;
  const newNode = (): TrieNode => ({ id: (nodes += 1), edges: new Map(), rules: new Set() });
  const labelOf = (char: string): number =>
    char === '#' ? ANY_DIGIT : char === ' ' ? BLANK_CLASS : classes[char.charCodeAt(0)] ?? 0;
  const tries = triggers.map((byRule) => {
    const root = newNode();
    for (const [rule, ruleOpenings] of byRule) {
      for (const opening of ruleOpenings) {
        let node = root;
        for (const char of opening ?? '') {
          const label = labelOf(char);
          const child = node.edges.get(label) ?? newNode();
          node.edges.set(label, child);
          node = child;
        }
        node.rules.add(rule);
      }
    }
    return root;
  });

  const states = new Map<string, FollowerState>();
  const stateOf = (members: readonly TrieNode[]): FollowerState => {
    const key = members.map((member) => member.id).sort((a, b) => a - b).join(',');
    const known = states.get(key);
    if (known !== undefined) return known;
    const rules = [...new Set(members.flatMap((member) => [...member.rules]))].sort((a, b) => a - b);
    const next: (FollowerState | undefined)[] = Array.from({ length: count + 1 }, () => undefined);
    const state: FollowerState = { rules, next };
    states.set(key, state);
    for (let id = 1; id <= count; id += 1) {
      const isDigit = id < FIRST_DIGIT_CLASS + 10;
      const targets = new Set<TrieNode>();
      for (const member of members) {
        const exact = member.edges.get(id);
        const anyDigit = isDigit ? member.edges.get(ANY_DIGIT) : undefined;
        if (exact !== undefined) targets.add(exact);
        if (anyDigit !== undefined) targets.add(anyDigit);
      }
      if (targets.size > 0) next[id] = stateOf([...targets]);
    }
    return state;
  };
  return { classes, roots: tries.map((root) => stateOf([root])) };
}
