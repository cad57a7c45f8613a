/**
 * Checks a dossier's budget before anything is written and turns it into the rows the
 * workbook shows, with exact totals (integer fen, from core's sumBudgetFen) for the cached
 * formula results. Bad input throws a GovformsError naming the item; no file is produced.
 */
import {
  GovformsError, isPlainObject, sumBudgetFen, words, yuanToFen,
  type BudgetCategory, type BudgetTotalsFen, type Dossier, type Locale,
} from '@govforms/core';
import { budgetSchemaFacts, categoryLabels, itemFieldTitles, resourceFieldTitles } from './budget-schema.js';
import { cleanText, MAX_CELL_TEXT } from './cell-text.js';
import { errorMessages, shown, type XlsxErrors } from './messages.js';

export interface PreparedItem {
  /** Absent only in a draft. */
  category: BudgetCategory | undefined;
  name: string;
  year?: number;
  quantity?: number;
  unitPrice?: number;
  /** Absent only in a draft: a row whose amount (or category) is still missing or wrong counts for nothing. */
  amount: number | undefined;
  note?: string;
  /** Quantity × unit price gives the amount (to the fen): the amount cell is a live formula. */
  amountIsFormula: boolean;
}

export interface PreparedResource { name: string; provider?: string; description?: string; cost: number | undefined }

export interface PreparedBudget {
  projectName?: string;
  applicant?: string;
  /** Total investment from the application, yuan. */
  totalInvestment?: number;
  items: PreparedItem[];
  resources: PreparedResource[];
  totals: BudgetTotalsFen;
}

type Obj = Record<string, unknown>;

const obj = (v: unknown): Obj | undefined => (isPlainObject(v) ? v : undefined);

/** Own property; null reads as "not given". */
function own(o: Obj, key: string): unknown {
  return Object.hasOwn(o, key) && o[key] !== null ? o[key] : undefined;
}

/**
 * Reads the fields of one entry after another, failing with a message that names the entry.
 * One reader per list (not per entry): 100,000 items should not mean 100,000 closures.
 */
class EntryReader {
  private o: Obj = {};
  private index = 0;
  constructor(
    readonly t: XlsxErrors,
    /** Names the entry: t.item (费用明细第3项“服务器”：…) or t.resource. */
    private readonly message: XlsxErrors['item'],
    private readonly pointer: string,
    /** A draft: required fields may be missing (draftDossier has set aside what does not match and listed it). */
    private readonly draft = false,
  ) {}

  at(entry: unknown, index: number): this {
    this.index = index;
    this.o = obj(entry) ?? {};
    if (this.o !== entry) this.fail(this.t.notAnEntry());
    return this;
  }

  /** Throws for the current entry; `key` narrows the JSON Pointer to the field. */
  fail(problem: string, key?: string): never {
    const raw = own(this.o, 'name');
    const name = typeof raw === 'string' ? cleanText(raw) : '';
    const shortName = name.length > 40 ? `${name.slice(0, 40)}…` : name;
    const path = `${this.pointer}/${this.index}${key === undefined ? '' : `/${key}`}`;
    const message = this.message({ n: this.index + 1, hasName: name === '' ? 'no' : 'yes', name: shortName, problem });
    throw new GovformsError(message, 'invalid-budget', path);
  }

  raw(key: string): unknown {
    return own(this.o, key);
  }

  text(key: string, label: string, required: boolean): string | undefined {
    required &&= !this.draft;
    const v = own(this.o, key);
    if (v === undefined || v === '') return required ? this.fail(this.t.required({ label }), key) : undefined;
    if (typeof v !== 'string') return this.fail(this.t.notText({ label }), key);
    if (v.length > MAX_CELL_TEXT) return this.fail(this.t.tooLong({ label, max: MAX_CELL_TEXT }), key);
    // Text of control characters only would be written as an empty cell.
    if (cleanText(v) === '') return required ? this.fail(this.t.required({ label }), key) : undefined;
    return v;
  }

  /** `known` skips the check when core's sumBudgetFen has already read the amount. */
  money(key: string, label: string, required: boolean, known = false): number | undefined {
    required &&= !this.draft;
    const v = own(this.o, key);
    if (v === undefined && !required) return undefined;
    if (!known && yuanToFen(v) === undefined) return this.fail(this.t.badMoney({ label, got: shown(v, this.t) }), key);
    return v as number;
  }

  quantity(key: string, label: string): number | undefined {
    const v = own(this.o, key);
    if (v === undefined) return undefined;
    // yuanToFen is core's exact "at most two decimals" reader; a quantity must also be > 0.
    if (!(typeof v === 'number' && v > 0) || yuanToFen(v) === undefined) return this.fail(this.t.badQuantity({ label, got: shown(v, this.t) }), key);
    return v;
  }

  year(key: string, label: string): number | undefined {
    const v = own(this.o, key);
    if (v === undefined) return undefined;
    const { yearMin, yearMax } = budgetSchemaFacts();
    if (!Number.isInteger(v) || (v as number) < yearMin || (v as number) > yearMax) {
      return this.fail(this.t.badYear({ label, min: yearMin, max: yearMax, got: shown(v, this.t) }), key);
    }
    return v as number;
  }
}

/** Indexes of items core could not sum (bad amount or category) and of items whose amount ≠ quantity × unit price. */
function itemProblems(totals: BudgetTotalsFen): { unreadable: Set<number>; mismatched: Set<number> } {
  const unreadable = new Set<number>();
  const mismatched = new Set<number>();
  for (const p of totals.problems) {
    const m = /^\/items\/(\d+)/.exec(p.path);
    if (m) (p.reason === 'amount-mismatch' ? mismatched : unreadable).add(Number(m[1]));
  }
  return { unreadable, mismatched };
}

function prepareItems(items: unknown[], totals: BudgetTotalsFen, t: XlsxErrors, locale: Locale | undefined, draft: boolean): PreparedItem[] {
  const { unreadable, mismatched } = itemProblems(totals);
  const { categoryLabel } = budgetSchemaFacts();
  const r = new EntryReader(t, t.item, '/budget/items', draft);
  const f = itemFieldTitles(locale); // once per list, not per item
  return items.map((entry, i) => {
    r.at(entry, i);
    const category = r.raw('category');
    const known = typeof category === 'string' && Object.hasOwn(categoryLabel, category);
    if (draft && !known) {
      // Core's totals leave the row out (no category to count it under), so its amount cell stays empty too:
      // the workbook's formulas then agree with their cached results. The draft's 说明 names what is missing.
      return {
        category: undefined, name: r.text('name', f.name, false) ?? '', year: r.year('year', f.year), quantity: r.quantity('quantity', f.quantity),
        unitPrice: r.money('unitPrice', f.unitPrice, false), amount: undefined, note: r.text('note', f.note, false), amountIsFormula: false,
      };
    }
    if (!known) {
      // The workbook's labels (zh-CN): what a finance officer chooses from its dropdown.
      const choices = categoryLabels().join(words(locale).listSeparator());
      r.fail(t.badCategory({ label: f.category, got: String(category ?? ''), known: choices }), 'category');
    }
    const name = r.text('name', f.name, true) ?? '';
    const year = r.year('year', f.year);
    const quantity = r.quantity('quantity', f.quantity);
    const unitPrice = r.money('unitPrice', f.unitPrice, false);
    const amount = r.money('amount', f.amount, true, !unreadable.has(i));
    const note = r.text('note', f.note, false);
    const amountIsFormula = quantity !== undefined && unitPrice !== undefined && amount !== undefined && !mismatched.has(i);
    return { category: category as BudgetCategory, name, year, quantity, unitPrice, amount, note, amountIsFormula };
  });
}

function prepareResources(resources: unknown[], t: XlsxErrors, locale: Locale | undefined, draft: boolean): PreparedResource[] {
  const r = new EntryReader(t, t.resource, '/budget/dataResources', draft);
  const f = resourceFieldTitles(locale);
  return resources.map((entry, i) => {
    r.at(entry, i);
    return {
      name: r.text('name', f.name, true) ?? '',
      provider: r.text('provider', f.provider, false),
      description: r.text('description', f.description, false),
      cost: r.money('cost', f.cost, true),
    };
  });
}

function applicationFacts(dossier: Dossier, t: XlsxErrors): Pick<PreparedBudget, 'projectName' | 'applicant' | 'totalInvestment'> {
  const app = obj(dossier.application) ?? {};
  const projectName = own(app, 'projectName');
  const applicant = own(obj(own(app, 'applicant')) ?? {}, 'name');
  const investment = own(app, 'totalInvestment');
  if (investment !== undefined && yuanToFen(investment) === undefined) {
    throw new GovformsError(t.badInvestment({ got: shown(investment, t) }), 'invalid-budget', '/application/totalInvestment');
  }
  const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, MAX_CELL_TEXT) : undefined);
  return { projectName: text(projectName), applicant: text(applicant), totalInvestment: investment as number | undefined };
}

/**
 * The dossier's budget, checked and ready to write. A draft (a dossier from core's draftDossier)
 * may lack required values and the budget itself: the rows show what there is.
 */
export function prepareBudget(dossier: Dossier, locale?: Locale, opts: { draft?: boolean } = {}): PreparedBudget {
  const t = errorMessages(locale);
  const draft = opts.draft === true;
  const budget = obj(obj(dossier)?.budget) ?? (draft ? { items: [] } : undefined);
  if (!budget) throw new GovformsError(t.noBudget(), 'invalid-budget', '/budget');
  const items = own(budget, 'items') ?? (draft ? [] : undefined);
  if (!Array.isArray(items)) throw new GovformsError(t.itemsNotList(), 'invalid-budget', '/budget/items');
  const resources = own(budget, 'dataResources') ?? [];
  if (!Array.isArray(resources)) throw new GovformsError(t.resourcesNotList(), 'invalid-budget', '/budget/dataResources');
  const { maxItems, maxDataResources } = budgetSchemaFacts();
  if (items.length > maxItems) throw new GovformsError(t.tooManyItems({ count: items.length, max: maxItems }), 'invalid-budget', '/budget/items');
  if (resources.length > maxDataResources) {
    throw new GovformsError(t.tooManyResources({ count: resources.length, max: maxDataResources }), 'invalid-budget', '/budget/dataResources');
  }
  const totals = sumBudgetFen(budget);
  return {
    ...applicationFacts(dossier, t),
    items: prepareItems(items, totals, t, locale, draft),
    resources: prepareResources(resources, t, locale, draft),
    totals,
  };
}
