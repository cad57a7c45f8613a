/**
 * The govforms renderer set, chosen by ranked testers (highest rank wins). Adding a widget is
 * one file with a component and its tester, plus one line here.
 */
import type { JsonFormsRendererRegistryEntry } from '@jsonforms/core';
import { BooleanControlRenderer, booleanControlTester } from './BooleanControl.js';
import { BudgetTableControlRenderer, budgetTableTester } from './budget/BudgetTableControl.js';
import { ChapterControlRenderer, chapterControlTester } from './ChapterControl.js';
import { ChecklistControlRenderer, checklistControlTester } from './ChecklistControl.js';
import { DateControlRenderer, dateControlTester } from './DateControl.js';
import { EnumControlRenderer, enumControlTester } from './EnumControl.js';
import { GroupLayoutRenderer, groupLayoutTester } from './layouts/GroupLayout.js';
import { HorizontalLayoutRenderer, horizontalLayoutTester } from './layouts/HorizontalLayout.js';
import { VerticalLayoutRenderer, verticalLayoutTester } from './layouts/VerticalLayout.js';
import { MoneyControlRenderer, moneyControlTester } from './MoneyControl.js';
import { NumberControlRenderer, numberControlTester } from './NumberControl.js';
import { ObjectArrayControlRenderer, objectArrayControlTester } from './ObjectArrayControl.js';
import { StringListControlRenderer, stringListControlTester } from './StringListControl.js';
import { TextControlRenderer, textControlTester } from './TextControl.js';
import { UnknownRenderer, unknownRendererTester } from './UnknownRenderer.js';
import { WizardRenderer, wizardTester } from '../wizard/WizardRenderer.js';

export const govformsRenderers: JsonFormsRendererRegistryEntry[] = [
  { tester: wizardTester, renderer: WizardRenderer },
  { tester: verticalLayoutTester, renderer: VerticalLayoutRenderer },
  { tester: horizontalLayoutTester, renderer: HorizontalLayoutRenderer },
  { tester: groupLayoutTester, renderer: GroupLayoutRenderer },
  { tester: budgetTableTester, renderer: BudgetTableControlRenderer },
  { tester: moneyControlTester, renderer: MoneyControlRenderer },
  { tester: checklistControlTester, renderer: ChecklistControlRenderer },
  { tester: chapterControlTester, renderer: ChapterControlRenderer },
  { tester: dateControlTester, renderer: DateControlRenderer },
  { tester: enumControlTester, renderer: EnumControlRenderer },
  { tester: booleanControlTester, renderer: BooleanControlRenderer },
  { tester: stringListControlTester, renderer: StringListControlRenderer },
  { tester: numberControlTester, renderer: NumberControlRenderer },
  { tester: objectArrayControlTester, renderer: ObjectArrayControlRenderer },
  { tester: textControlTester, renderer: TextControlRenderer },
  { tester: unknownRendererTester, renderer: UnknownRenderer },
];
