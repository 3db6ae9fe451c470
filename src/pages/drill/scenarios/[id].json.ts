// Every library scenario as a static JSON file (validated at build time, like the simulator's
// props): the drill runner fetches only the scenarios its link names, so the page carries
// neither all of them nor zod and yaml.
import type { APIRoute } from 'astro';
import { allScenarios } from '../../../components/scenarios/load';

export function getStaticPaths() {
  return allScenarios().map((scenario) => ({ params: { id: scenario.id }, props: { scenario } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.scenario), {
    headers: { 'Content-Type': 'application/json' },
  });
