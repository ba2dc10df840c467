// Every rule, in code order. Adding a rule is adding a file and a line here.
import type { Rule } from './rule';
import { VB101 } from './VB101';
import { VB102 } from './VB102';
import { VB103 } from './VB103';
import { VB104 } from './VB104';
import { VB105 } from './VB105';
import { VB106 } from './VB106';
import { VB107 } from './VB107';
import { VB201 } from './VB201';
import { VB202 } from './VB202';
import { VB203 } from './VB203';
import { VB204 } from './VB204';
import { VB205 } from './VB205';
import { VB206 } from './VB206';
import { VB301 } from './VB301';
import { VB302 } from './VB302';
import { VB303 } from './VB303';
import { VB304 } from './VB304';
import { VB401 } from './VB401';
import { VB402 } from './VB402';
import { VB403 } from './VB403';
import { VB404 } from './VB404';

export const RULES: Rule[] = [VB101, VB102, VB103, VB104, VB105, VB106, VB107, VB201, VB202, VB203, VB204, VB205, VB206, VB301, VB302, VB303, VB304, VB401, VB402, VB403, VB404];

export const RULES_BY_CODE = new Map(RULES.map((r) => [r.code, r]));
