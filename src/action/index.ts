/**
 * The action's entry point (dist/index.js); everything it does is in main.ts. The event payload is checked before
 * main.ts loads: @actions/github parses it as it is imported, and a malformed one would end the step in a stack trace
 * with neither an error annotation nor a job summary.
 */
import { eventPayloadProblem } from '../github/event.js'
import { reportFailure } from './failure.js'

const problem = eventPayloadProblem(process.env.GITHUB_EVENT_PATH)
if (problem === null) await (await import('./main.js')).run()
else await reportFailure(problem)
