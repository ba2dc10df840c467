// One formatter per `--format` value of `vanban check`.
import type { Formatter } from '../report';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatText } from './text';

export type FormatName = 'text' | 'json' | 'sarif' | 'github';

export const formatters: Record<FormatName, Formatter> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};

export { formatGithub, formatJson, formatSarif, formatText };
