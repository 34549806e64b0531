/** The words of the history and diff outputs, in the plan's language. */
import type { Language } from '../core/plan.js';

export interface HistoryLabels {
  /** A date as the plan's language writes it: 2024-02-05 or 05.02.2024. */
  formatDate: (iso: string) => string;
}

const DE: HistoryLabels = {
  formatDate: (iso) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`,
};

const EN: HistoryLabels = {
  formatDate: (iso) => iso,
};

export function historyLabels(language: Language): HistoryLabels {
  return language === 'de' ? DE : EN;
}
