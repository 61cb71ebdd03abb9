// Service type → what the board suggests for it: field(s), layer and hub-function candidates
// (DOMAIN.md: Ⅲ 登録事業所 are the providers registered for hub work — 計画相談, 通所, グループ
// ホーム, ショートステイ; Ⅱ 中核 the 障害者支援施設; Ⅳ other welfare services and medical).
// These are suggestions for the council to review per service type, not facts of the list: hub
// functions are what such a provider often takes on (短期入所 → ③ 緊急時の受入れ candidate).
import type { Field, HubFunction, Layer } from '../../domain';

export type Suggestion = { layer: Layer; fields: Field[]; hubFunctions: HubFunction[] };

const s = (layer: Layer, fields: Field[], hubFunctions: HubFunction[] = []): Suggestion => ({
  layer,
  fields,
  hubFunctions,
});

/** Reviewed table; a service type uses the longest entry it contains (共同生活援助（…型）). */
export const SERVICE_SUGGESTIONS: Readonly<Record<string, Suggestion>> = {
  // 障害福祉サービス (WAM NET サービス種別)
  居宅介護: s('cooperating', ['disability']),
  重度訪問介護: s('cooperating', ['disability']),
  行動援護: s('cooperating', ['disability']),
  同行援護: s('cooperating', ['disability']),
  重度障害者等包括支援: s('cooperating', ['disability']),
  療養介護: s('cooperating', ['disability', 'medical']),
  生活介護: s('registered', ['disability']),
  短期入所: s('registered', ['disability'], ['emergency']),
  施設入所支援: s('core', ['disability'], ['emergency', 'experience']),
  共同生活援助: s('registered', ['disability'], ['experience']),
  自立生活援助: s('registered', ['disability'], ['consultation']),
  自立訓練: s('registered', ['disability']),
  宿泊型自立訓練: s('registered', ['disability'], ['experience']),
  就労移行支援: s('registered', ['disability']),
  就労継続支援: s('registered', ['disability']),
  就労定着支援: s('cooperating', ['disability']),
  就労選択支援: s('registered', ['disability']),
  計画相談支援: s('registered', ['disability'], ['consultation']),
  地域移行支援: s('registered', ['disability'], ['consultation', 'experience']),
  地域定着支援: s('registered', ['disability'], ['emergency']),
  // 障害児通所・入所支援
  障害児相談支援: s('registered', ['child', 'disability'], ['consultation']),
  児童発達支援: s('registered', ['child']),
  医療型児童発達支援: s('registered', ['child', 'medical']),
  居宅訪問型児童発達支援: s('cooperating', ['child']),
  放課後等デイサービス: s('registered', ['child']),
  保育所等訪問支援: s('cooperating', ['child']),
  福祉型障害児入所施設: s('cooperating', ['child']),
  医療型障害児入所施設: s('cooperating', ['child', 'medical']),
  // 介護保険 (介護サービス情報公表 サービスの種類)
  訪問介護: s('cooperating', ['elderly']),
  訪問看護: s('cooperating', ['medical', 'elderly']),
  短期入所生活介護: s('cooperating', ['elderly']),
  短期入所療養介護: s('cooperating', ['elderly', 'medical']),
  居宅介護支援: s('cooperating', ['elderly']),
  小規模多機能型居宅介護: s('cooperating', ['elderly']),
  看護小規模多機能型居宅介護: s('cooperating', ['elderly', 'medical']),
  介護医療院: s('cooperating', ['elderly', 'medical']),
  // 医療機関の種類
  病院: s('cooperating', ['medical']),
  診療所: s('cooperating', ['medical']),
  訪問看護ステーション: s('cooperating', ['medical']),
};

const KEYS_LONGEST_FIRST = Object.keys(SERVICE_SUGGESTIONS).sort((a, b) => b.length - a.length);

/** The table's suggestion for one service type, or null when the table does not know it. */
export function suggestionFor(service: string): Suggestion | null {
  const text = service.normalize('NFKC');
  const key = KEYS_LONGEST_FIRST.find((k) => text.includes(k));
  return key ? (SERVICE_SUGGESTIONS[key] as Suggestion) : null;
}

// One agency with several services stands where the most central of them puts it.
const LAYER_ORDER: readonly Layer[] = [
  'core',
  'registered',
  'cooperating',
  'community',
  'municipality',
];

/** What an agency listing these services is suggested as: the union, the most central layer. */
export function combineSuggestions(
  suggestions: readonly Suggestion[],
  fallback: Suggestion,
): Suggestion {
  if (suggestions.length === 0) return fallback;
  const layer = LAYER_ORDER.find((l) => suggestions.some((x) => x.layer === l)) ?? fallback.layer;
  const fields = [...new Set(suggestions.flatMap((x) => x.fields))];
  const hubFunctions = [...new Set(suggestions.flatMap((x) => x.hubFunctions))];
  return { layer, fields, hubFunctions };
}

/** Suggestions per service type: the person's edits first, then the table, then the fallback. */
export function suggestionForServices(
  services: readonly string[],
  overrides: Readonly<Record<string, Suggestion>>,
  fallback: Suggestion,
): Suggestion {
  return combineSuggestions(
    services.map((service) => overrides[service] ?? suggestionFor(service) ?? fallback),
    fallback,
  );
}
