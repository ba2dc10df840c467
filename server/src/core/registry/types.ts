// The registry file format (schemas/registry.schema.json describes the same shape for editors).

export type DocumentStatus = 'in-force' | 'expired' | 'superseded' | 'partly-superseded';

export interface Horizon {
  /** First year of a period ("giai đoạn 2021-2025"). */
  from?: number;
  /** "đến năm 2025". */
  until?: number;
  /** "định hướng đến năm 2030". */
  orientation?: number;
  /** "tầm nhìn đến năm 2045". */
  vision?: number;
}

export interface RegistryTarget {
  /** Stable id, used to match a text's target to this one. */
  id?: string;
  /** What is measured, in Vietnamese: "hồ sơ công việc được xử lý trên môi trường mạng". */
  metric: string;
  /** Other wordings of the metric. */
  synonyms?: string[];
  /**
   * The value is a change ("giảm 30% thời gian"), not a level; by default, when the metric opens or
   * ends with a change verb ("… tăng trung bình hằng năm") or names a rate of change ("tốc độ tăng …").
   */
  change?: boolean;
  /** "cấp xã", "hộ gia đình", "doanh nghiệp nhỏ và vừa". */
  scope?: string;
  year: number;
  comparator: '>' | '>=' | '=' | '~' | '<' | '<=';
  value: number;
  /** "%", "count", or a unit word ("doanh nghiệp", "tỷ đồng"). */
  unit: string;
  /** Where the fact comes from (a seed file, a URL). */
  source?: string;
}

export interface RegistryEntry {
  /** Canonical symbol: "52-NQ/TW", "749/QĐ-TTg", "15/2020/NĐ-CP". Laws cited by title may have one too. */
  symbol: string;
  /** Type name: "Nghị quyết", "Quyết định", "Luật". */
  type?: string;
  /** Issuing body: "Bộ Chính trị", "Thủ tướng Chính phủ", "Ban Thường vụ Tỉnh ủy Quảng Ngãi". */
  issuer?: string;
  /** "Trung ương" for national bodies, else the province ("Quảng Ngãi"). */
  jurisdiction?: string;
  /** Date signed, YYYY-MM-DD. */
  date?: string;
  /** Date in force, YYYY-MM-DD. */
  effective?: string;
  title?: string;
  status?: DocumentStatus;
  supersededBy?: string;
  /** Names it is known by: "Đề án 06", "Nghị quyết 57". */
  aliases?: string[];
  horizon?: Horizon;
  targets?: RegistryTarget[];
  source?: string;
  /** Path of its full text in the workspace (go to definition). */
  file?: string;
  notes?: string;
  /** Which source states each fact: field name → seed files or URLs. */
  provenance?: Record<string, string[]>;
}

export interface RegistryFile {
  $schema?: string;
  version?: 1;
  entries: RegistryEntry[];
}
