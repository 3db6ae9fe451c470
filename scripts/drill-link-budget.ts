/**
 * Measures the drill link for six scenarios with every option set (the budget:
 * ≤ 2,000 characters) and exits 1 when it is over. Run by `npm run bench` (bench:drill-link).
 */
import { drillLink } from '../src/lib/drill/link';
import { fullPlan } from '../tests/fixtures/drill/plans';

const BUDGET = 2000;
const origin = 'https://replylab.training.example-organisation.de';
const cases = [
  ['six scenarios, all options, LRS with write key', fullPlan()],
  ['the same without LRS', fullPlan({ lrs: undefined })],
  [
    'the same in inbox order, choice mode',
    fullPlan({ order: 'inbox', input: 'choice', hints: false }),
  ],
] as const;
let failed = false;
for (const [label, plan] of cases) {
  const { lrs: _lrs, ...rest } = plan;
  const link = drillLink(origin, plan.lrs ? plan : rest);
  const ok = link.length <= BUDGET;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} drill link, ${label}: ${link.length} characters (budget ${BUDGET}, origin ${origin.length})`,
  );
}
process.exit(failed ? 1 : 0);
