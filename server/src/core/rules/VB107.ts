// VB107: a number left blank in a draft ("Nghị quyết số      /2024/NQ-HĐND"): a reminder to fill
// it in before the text goes out, not a citation to check.
import { finding, type Rule } from './rule';

export const VB107: Rule = {
  code: 'VB107',
  defaultSeverity: 'info',
  title: { vi: 'Số văn bản còn để trống', en: 'Document number left blank' },
  check(a) {
    return a.citations.flatMap((c) =>
      c.kind === 'placeholder'
        ? [
            finding(c.symbolSpan, {
              vi: `Số của ${c.type ?? 'văn bản'} còn để trống ("${c.text}"): điền số trước khi ban hành.`,
              en: `The number of this ${c.type ?? 'document'} is left blank ("${c.text}"): fill it in before the text is issued.`,
            }),
          ]
        : [],
    );
  },
};
