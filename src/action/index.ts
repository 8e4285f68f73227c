/** The action's entry point (dist/index.js); everything it does is in main.ts. */
import { run } from './main.js'

await run()
