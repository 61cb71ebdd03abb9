// The demo's hub review (地域生活支援拠点の評価), held by the current term's 地域生活支援拠点部会:
// for each of the five functions the goals by horizon, what was done in 令和7年度, the rating and
// the council's comment, told in our own words after a hub subcommittee's proposal
// (../shared/seeds/000_*: prevent emergencies before they happen, take individual issues up as
// regional ones, solve them through the network, grow the hub with the whole community).
import type * as Y from 'yjs';
import type { HubFunction } from '../../shared/domain';
import type { Result } from '../../shared/issues/fieldIssue';
import {
  HUB_TEXT_FIELDS,
  type HubFunctionReview,
  setHubField,
  setHubHolder,
} from '../../shared/reports/hubReview';

type DemoYear = Partial<Record<HubFunction, Partial<HubFunctionReview>>>;

/** 令和7年度 (2025): reviewed; 令和8年度 (2026): goals set, not yet rated. */
export const DEMO_HUB_REVIEW: Record<number, DemoYear> = {
  2025: {
    consultation: {
      goalShort: '支援が途切れると危うい人を、本人の同意を得て前もって登録する仕組みを作る',
      goalMid: '登録した人に平時から関わり、「緊急を緊急にしない」予防的な相談を続ける',
      goalLong: 'サービスにつながっていない人にも、必要なときに相談が届く地域にする',
      done: '事前登録の様式を市と見直し、相談支援事業所3か所で試行した。訪問による相談を月に1回始めた',
      rating: 'partly',
      comment:
        '登録の試行は進んだが、サービスを使っていない人への働きかけ（アウトリーチ）はこれから',
    },
    experience: {
      goalShort: '軽度の知的障害、精神障害、発達障害のある人が使える体験の場を洗い出す',
      goalMid: '一人暮らしやグループホームを体験できる場を、障害の種別を越えて増やす',
      goalLong: '長く入院している人が、地域での暮らしを試してから退院を選べる',
      done: 'グループホーム2か所で体験利用の受け入れを始めた（延べ6人）',
      rating: 'partly',
      comment: '精神障害のある人の体験の場がまだ足りない。病院との連携を次年度の課題とする',
    },
    emergency: {
      goalShort: '夜間・休日に連絡がつく窓口と、当番の事業所を決める',
      goalMid: '訪問、通所、短期入所を組み合わせ、その人に合った緊急時の支えを用意する',
      goalLong: '医療的ケアや強度行動障害のある人も、緊急時に地域で受け入れられる',
      done: '短期入所の空き状況を共有する表を作った。夜間の当番制は協議中',
      rating: 'notAchieved',
      comment: '夜間・休日の受け入れ先は市内2か所のままで、目標の当番制に届いていない',
    },
    workforce: {
      goalShort: '行動障害や医療的ケアに対応できる支援者向けの研修を年2回開く',
      goalMid: '緊急時の受け入れとコーディネートを担える職員を事業所ごとに育てる',
      goalLong: '最初に対応する支援者を、専門職がいつでも支えられる体制にする',
      done: '強度行動障害の研修を2回開き、14事業所から31人が受講した',
      rating: 'achieved',
      comment: '受講した職員が事業所内で伝える仕組みがあるとよい',
    },
    communityBuilding: {
      goalShort: '拠点のコーディネーターを置き、中核となる3機関の役割を文書にする',
      goalMid: '5つの層（市、中核機関、登録事業所、連携機関、住民）が顔を合わせる場を定期に持つ',
      goalLong: '障害の種別やライフステージが変わっても支援が途切れない地域の体制',
      done: '中核機関の連絡会を4回開いた。拠点事業の説明会を民生委員向けに1回行った',
      rating: 'partly',
      comment: 'コーディネーターの配置は予算の関係で次年度に持ち越し',
    },
  },
  2026: {
    consultation: { goalShort: '事前登録を市内すべての相談支援事業所に広げる' },
    emergency: { goalShort: '夜間・休日の当番制を始める（まず月2回から）' },
    communityBuilding: { goalShort: '拠点コーディネーターを1人配置する' },
  },
};

const valid = (result: Result<unknown>) => {
  if (!result.ok) throw new Error(`invalid demo hub review: ${JSON.stringify(result.issues)}`);
};

/** Writes the demo review into the current term's document, held by the hub 部会. */
export function writeDemoHubReview(doc: Y.Doc, holderId: string, origin: unknown): void {
  setHubHolder(doc, holderId, origin);
  for (const [year, functions] of Object.entries(DEMO_HUB_REVIEW)) {
    for (const [hubFunction, review] of Object.entries(functions) as [
      HubFunction,
      Partial<HubFunctionReview>,
    ][]) {
      for (const field of [...HUB_TEXT_FIELDS, 'rating'] as const) {
        const value = review[field];
        if (value === undefined) continue;
        valid(setHubField(doc, { fiscalYear: Number(year), hubFunction, field }, value, origin));
      }
    }
  }
}
