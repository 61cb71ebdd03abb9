// The demo council's region-issue cards, told in our own words after the 2025 proposal of a
// 相談支援ネットワーク部会 (../shared/seeds/004_*): issues A, B and C, the その他 items a–d, and
// the entries of the four columns. Places and groups are renamed for the fictional みどり市.
import type { CardEvaluationInput, CardGoalInput } from '../../shared/cards/cardPlan';
import type { CardColumn, Field, HubFunction, IssueCardStatus } from '../../shared/domain';

export type DemoCard = {
  /** Stable within the demo: how other demo cards point at this one. */
  key: string;
  subcommittee: 'network' | 'hub';
  code: string;
  title: string;
  summary: string;
  fields: Field[];
  hubFunctions: HubFunction[];
  status: IssueCardStatus;
  parent?: string;
  /** What the previous term's close decides; carried over when absent. */
  close?: { action: 'done'; reason: string } | { action: 'merge'; into: string; reason: string };
  entries: Partial<Record<CardColumn, string[]>>;
};

export const DEMO_SUBCOMMITTEES = {
  network: {
    name: '相談支援ネットワーク部会',
    purpose:
      'ライフステージや分野をまたいで相談が途切れない体制を考え、地域課題を整理して提言にまとめる',
  },
  hub: {
    name: '地域生活支援拠点部会',
    purpose: '地域生活支援拠点等の5つの機能が働いているかを毎年確かめ、評価して改善につなげる',
  },
} as const;

/** The previous term (closed) and the current one. */
export const DEMO_TERMS = {
  previous: { name: '第9期（令和5〜6年度）', startsOn: '2023-04-01', endsOn: '2025-03-31' },
  current: { name: '第10期（令和7〜8年度）', startsOn: '2025-04-01', endsOn: '2027-03-31' },
} as const;

/** The cards of the previous term, with what its close decided for each. */
export const DEMO_PREVIOUS_CARDS: DemoCard[] = [
  {
    key: 'A',
    subcommittee: 'network',
    code: 'A',
    title: '誰もがゆるやかにつながれる居場所づくり',
    summary: '障害の有無や年齢にかかわらず、気負わずに立ち寄れて人とつながれる場所が足りない。',
    fields: ['disability', 'child', 'elderly'],
    hubFunctions: ['experience', 'communityBuilding'],
    status: 'proposed',
    entries: {
      existing: [
        '地域活動支援センター、コミュニティセンター、デイケア',
        '当事者の集まり、ふれあいカフェ、地域福祉の会の居場所',
        'こども食堂、まちかど保健室、若者サポートステーション',
        '夜も話せるオンラインのゲーム仲間、盲ろう者の会の24時間の連絡網',
      ],
      ideas: [
        '障害福祉らしさのない、ふらっと入れるカフェのような場所',
        '無料でインターネットが使えて、ただ居るだけでもいい場所',
        '支援の情報が自然に届く定期的なイベント',
        '計画相談につながっていない人の様子を見守ってくれる機関',
        '泊まることもできる居場所',
      ],
      doneToPolicy: ['当事者部会で5名（45〜65歳）から、どんな居場所がほしいかを聞き取った'],
      proposalToPolicy: [
        'a. 今ある社会資源を無理なく活かす：小さく細く長く続けられる形で、サロンや空き時間の事業所と組む',
        'b. 新しい居場所を開く：無料で「そこに居るだけ」ができる広さの場所を探し、候補を当事者部会で確かめる',
      ],
    },
  },
  {
    key: 'B',
    subcommittee: 'network',
    code: 'B',
    title: 'ライフステージをまたいだ零れ落ちることのない相談支援',
    summary:
      '児童から成人、成人から高齢へ移る時期に支援が途切れやすく、通えなくなった人を追う仕組みがない。',
    fields: ['child', 'disability', 'elderly'],
    hubFunctions: ['consultation'],
    status: 'proposed',
    entries: {
      existing: [
        '障害福祉サービスと介護保険サービス、ライフステージごとの支援機関',
        '障害者福祉課のケースワーカー、相談支援専門員、主任相談支援専門員',
        '市内の相談支援事業所ネットワーク、都の相談支援専門員ネットワーク',
        '学校、放課後等デイサービス、親の会・家族会',
      ],
      ideas: [
        '支援者同士のネットワークが軌道に乗ったら、誰でも来られる「よろず相談会」を開く',
        '教育・医療の人も入り、ひとりの人生を通して支える事例検討会',
        '高齢者施設の一部を障害のある人も使える、市独自の仕組み',
        '障害と高齢でサービスの量を比べ、差があれば見直す',
      ],
      doneToPolicy: [
        '令和7年2月、部会と市内の相談支援事業所ネットワークで合同交流会を開いた（移行期の支援を考えるきっかけ）',
      ],
    },
  },
  {
    key: 'C',
    subcommittee: 'network',
    code: 'C',
    title: '分野を超えた支援者間のネットワークづくりと資質向上',
    summary:
      '相手を知らないために連携が消極的になる。子ども・障害・高齢・医療の支援者が顔の見える関係を持てていない。',
    fields: ['child', 'disability', 'elderly', 'medical'],
    hubFunctions: ['workforce', 'communityBuilding'],
    status: 'proposed',
    entries: {
      existing: ['市内の相談支援事業所ネットワーク', '困難事例検討会', '事業所見学会'],
      ideas: [
        '児童・障害・高齢・医療の既存のネットワーク同士をつなぎ、縦割りを崩す',
        '事業所の合同見学や連絡会で、支援者が自分たちの取り組みを伝え合う',
        '支援者どうしが情報を分かち合うための道具',
        '他分野の知識を座学と実習で学べる研修の仕組み',
      ],
      doneToPolicy: [
        '令和7年1月の部会で、市の地域包括ケア人材育成センターから説明を受けた',
        '令和7年2月、分野を超えたつながりづくりとして合同交流会を開いた',
      ],
      proposalToPolicy: ['人材育成センターと研修の内容について意見交換を続け、助言を受ける'],
    },
  },
  {
    key: 'D',
    subcommittee: 'network',
    code: 'D',
    title: 'その他の地域課題',
    summary: '部会で挙がった、A〜Cに入らない課題（情報、緊急時、移動支援、ピアサポーター）。',
    fields: ['disability'],
    hubFunctions: [],
    status: 'discussed',
    entries: {},
  },
  {
    key: 'D-a',
    subcommittee: 'network',
    parent: 'D',
    code: 'D-a',
    title: 'ほしい情報を手に入れやすくする仕組み',
    summary: '課題が分野をまたぐと、誰に相談すればよいか、何が使えるかがわからない。',
    fields: ['disability', 'child', 'elderly'],
    hubFunctions: ['consultation'],
    status: 'discussed',
    entries: {
      existing: [
        '分野ごとの年に一度の催し（高齢・障害・子ども）',
        '障害福祉のしおり、各事業所の冊子',
        '総合相談窓口、特定相談支援事業所',
      ],
      ideas: [
        '障害特性やニーズに合う先を紹介できる総合的な窓口',
        '条件で探せる検索サイトや、チャットボットで答える仕組み',
        '居場所や支援先をひとつにまとめた地図',
      ],
      proposalToPolicy: [
        '市の障害福祉の公式SNSをチャットボットにつなぐ。情報の収集と更新を若者サポートステーションの登録者に頼む事業案',
      ],
    },
  },
  {
    key: 'D-b',
    subcommittee: 'network',
    parent: 'D',
    code: 'D-b',
    title: '緊急時の対応方法（地域生活支援拠点等の事業を含む）',
    summary:
      '夜間・休日・長期休暇にSOSを出せない。医療的ケアや強度行動障害のある人の受け皿が足りない。',
    fields: ['disability', 'medical'],
    hubFunctions: ['emergency'],
    status: 'discussed',
    entries: {
      existing: [
        '在宅介護支援センターのショートステイ、看護小規模多機能',
        '短期入所、タイムステイ（市の単独事業）、ヘルプカード',
        '17時以降は虐待通報センターが電話を受ける',
      ],
      ideas: [
        '慣れた支援者が緊急の入所先に出入りして支えられる契約',
        '夜間に対応できる訪問看護',
        'ヘルプカードを読み取ると必要な支援がわかる仕組み（安全性の検討が要る）',
      ],
    },
  },
  {
    key: 'D-c',
    subcommittee: 'network',
    parent: 'D',
    code: 'D-c',
    title: '移動支援を気軽に使えること',
    summary: '気軽に使える移動支援が少なく、地域活動支援センターなどに通い続ける手段がない。',
    fields: ['disability'],
    hubFunctions: [],
    status: 'raised',
    entries: {
      existing: ['福祉有償運送、公共交通機関'],
      ideas: ['ガイドヘルパーの利用制限の緩和', '簡単な移動支援ができる市独自の制度'],
    },
  },
  {
    key: 'D-d',
    subcommittee: 'network',
    parent: 'D',
    code: 'D-d',
    title: 'ピアサポーターの養成と活躍の場',
    summary: '養成したあとに活躍できる場と、続けるための支えが課題。',
    fields: ['disability'],
    hubFunctions: ['workforce'],
    status: 'raised',
    entries: {
      ideas: ['市独自のピアサポーター養成研修', '外から来た人に助言できるインフォーマルな集まり'],
    },
  },
  {
    key: 'E',
    subcommittee: 'network',
    code: 'E',
    title: '支援者が困りごとを持ち寄る事例検討の場',
    summary: '相談支援専門員がちょっとした困りごとを話せる場がない。',
    fields: ['disability'],
    hubFunctions: ['workforce'],
    status: 'reflected',
    close: {
      action: 'done',
      reason: '地区別の困難事例検討会が毎月開かれるようになり、目的を果たしたため完了',
    },
    entries: {
      existing: ['地区別ケース検討会'],
      doneToPolicy: ['令和6年度から地区別の困難事例検討会を毎月開催'],
    },
  },
  {
    key: 'H1',
    subcommittee: 'hub',
    code: 'A',
    title: '夜間・休日に緊急の受け入れができる場所',
    summary: '拠点の緊急時対応が、夜間・休日と精神障害のある人に十分届いていない。',
    fields: ['disability'],
    hubFunctions: ['emergency'],
    status: 'discussed',
    entries: {
      existing: ['拠点の加算を取っている短期入所事業所（市内2か所）'],
      ideas: ['夜間・休日の当番制と、事前登録した人の情報共有'],
    },
  },
  {
    key: 'H2',
    subcommittee: 'hub',
    code: 'B',
    title: '医療的ケアが必要な人の緊急時の受け入れ',
    summary: '医療的ケアのある人を緊急時に受け入れられる場所がない。',
    fields: ['disability', 'medical'],
    hubFunctions: ['emergency'],
    status: 'raised',
    close: {
      action: 'merge',
      into: 'H1',
      reason: '緊急の受け入れ先の課題として一つにまとめて協議する',
    },
    entries: {
      existing: ['医療的ケアのある人を受け入れるグループホーム（1か所）'],
    },
  },
];

/** What the current term adds to the carried cards' four columns. */
export const DEMO_CURRENT_ENTRIES: { key: string; column: CardColumn; text: string }[] = [
  {
    key: 'C',
    column: 'ideas',
    text: '子ども・障害・高齢の支援者と当事者が集まる「相談支援ネットワークフェア」を開く',
  },
  { key: 'A', column: 'ideas', text: '大学生の力を借りる（地域とつながる予算を持つ大学がある）' },
  {
    key: 'D-b',
    column: 'proposalToPolicy',
    text: '拠点の加算を取れる事業所を増やし、夜間・休日と精神障害のある人への対応を厚くする',
  },
  { key: 'H1', column: 'doneToPolicy', text: '令和7年度、事前登録の様式を市と部会で見直した' },
];

type Keyed<T> = Omit<T, 'cardId'> & { key: string };

/** The current term's goals by horizon, on the carried cards. */
export const DEMO_GOALS: Keyed<CardGoalInput>[] = [
  {
    key: 'A',
    horizon: 'short',
    text: '居場所の候補地を当事者部会のメンバーと見て回る',
    targetDate: '2025-12-31',
    progress: 60,
  },
  {
    key: 'A',
    horizon: 'mid',
    text: '障害の有無を問わず使える居場所を市内に1か所開く',
    targetDate: '2027-03-31',
    progress: 20,
  },
  {
    key: 'A',
    horizon: 'long',
    text: '誰もが歩いて行ける距離に、ゆるやかな居場所がある',
    progress: 0,
  },
  {
    key: 'C',
    horizon: 'short',
    text: '子ども・障害・高齢の支援者の合同交流会を年2回開く',
    targetDate: '2026-03-31',
    progress: 50,
  },
  {
    key: 'C',
    horizon: 'mid',
    text: '人材育成センターと組んだ分野横断の研修を始める',
    targetDate: '2027-03-31',
    progress: 10,
  },
];

/** Evaluations recorded in the current term. */
export const DEMO_EVALUATIONS: Keyed<CardEvaluationInput>[] = [
  {
    key: 'C',
    date: '2026-03-19',
    achieved: '合同交流会を2回開き、延べ84人の支援者が参加した',
    indicator: '交流会の参加者数と参加した分野の数',
    nextStep: '児童分野の事業所にも案内を広げる',
  },
  {
    key: 'B',
    date: '2026-03-19',
    achieved: '65歳を迎える人の引き継ぎの流れを、相談支援専門員とケアマネジャーで確かめた',
    indicator: '移行期に支援が途切れた事例の数',
    nextStep: '引き継ぎの確認表を作り、事業所に配る',
  },
];
