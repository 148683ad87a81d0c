import { Decimal } from '../decimal';

/**
 * Broker files repeat a few values on every row (symbols, currencies, multipliers, fees). These
 * small caches hand back one shared string or Decimal for equal texts, so a million executions
 * do not keep a million copies alive. Equal text in, equal value out: nothing is guessed.
 */
export class Interner {
  private readonly keys: string[] = [];
  private next = 0;

  constructor(private readonly capacity = 16) {}

  get(s: string): string {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] === s) return keys[i] as string;
    if (keys.length < this.capacity) keys.push(s);
    else {
      keys[this.next] = s;
      this.next = (this.next + 1) % this.capacity;
    }
    return s;
  }
}

/** Decimal.parse with a one-entry memory (columns like multiplier or fees repeat their text). */
export class DecimalMemo {
  private text = '';
  private value: Decimal | null = null;

  parse(text: string): Decimal | null {
    if (text === this.text && this.value !== null) return this.value;
    const d = Decimal.parse(text);
    this.text = text;
    this.value = d;
    return d;
  }
}
