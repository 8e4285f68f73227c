export const id = 325;
export const ids = [325];
export const modules = {

/***/ 2325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/action/failure.ts
var failure = __webpack_require__(9280);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/string-argv/index.js
var string_argv = __webpack_require__(8579);
;// CONCATENATED MODULE: ./src/c2c/types.ts
const C2C_SCHEMA = 'numa-spsc-bench/c2c@1';
/** The action's c2c input: 'auto' maps in scheduled runs only, where the machine, not a pull request, is the question. */
const C2C_SETTINGS = ['auto', 'true', 'false'];

;// CONCATENATED MODULE: ./src/plan/budget.ts
/** Budgets as people type them: "90s", "5m", "1h30m", or a bare number of seconds. */
const UNIT_SECONDS = { h: 3600, m: 60, s: 1 };
const DURATION = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/;
function parseBudget(text) {
    const trimmed = text.trim().toLowerCase();
    let seconds = null;
    if (/^\d+(?:\.\d+)?$/.test(trimmed)) {
        seconds = Number(trimmed);
    }
    else {
        const match = DURATION.exec(trimmed);
        if (match !== null && trimmed !== '') {
            seconds = ['h', 'm', 's'].reduce((sum, unit, index) => sum + Number(match[index + 1] ?? 0) * UNIT_SECONDS[unit], 0);
        }
    }
    if (seconds === null || !Number.isFinite(seconds)) {
        throw new Error(`budget: "${text}" is not a duration; expected e.g. "90s", "5m", "1h30m" or a number of seconds`);
    }
    if (seconds <= 0)
        throw new Error(`budget: "${text}" is not a positive duration`);
    return seconds;
}
/** "1 h 5 min", "4 min 30 s", "12 s": for plan texts and errors. */
function budget_formatSeconds(seconds) {
    const rounded = Math.ceil(seconds);
    const hours = Math.floor(rounded / 3600);
    const minutes = Math.floor((rounded % 3600) / 60);
    const rest = rounded % 60;
    const parts = [
        hours > 0 ? `${hours} h` : '',
        minutes > 0 ? `${minutes} min` : '',
        rest > 0 || rounded === 0 ? `${rest} s` : ''
    ];
    return parts.filter((part) => part !== '').join(' ');
}
/** The shortest budget string parseBudget accepts for at least `seconds`, e.g. "2m15s". */
function budgetString(seconds) {
    const rounded = Math.ceil(seconds);
    const minutes = Math.floor(rounded / 60);
    const rest = rounded % 60;
    if (minutes === 0)
        return `${rest}s`;
    return rest === 0 ? `${minutes}m` : `${minutes}m${rest}s`;
}

;// CONCATENATED MODULE: ./src/native/types.ts
/**
 * One JSON line printed by a benchmark driver (native/build/spsc-bench, native/build/nim-spsc-bench or a user's
 * subject). native/README.md documents the same format for people writing their own subject.
 */
const NATIVE_SCHEMA = 'numa-spsc-bench/run@1';
const MODES = ['throughput', 'pingpong', 'same-thread'];
const RING_KINDS = (/* unused pure expression or super */ null && (['reference', 'batched']));

;// CONCATENATED MODULE: ./src/topology/types.ts
/** What the machine is, read from sysfs/procfs. Everything downstream (plan, fingerprint, report) starts here. */
const PLACEMENT_CLASSES = ['smt-sibling', 'same-l3', 'same-node', 'same-package', 'cross-package'];

;// CONCATENATED MODULE: ./src/config.ts
/**
 * The one typed configuration both shells build: main.ts from action inputs, cli.ts from argv. Every value arrives as
 * the string a person typed, so validation lives here once and every error names the input, the value and the form.
 */





const PADDINGS = [0, 64, 128, 256];
const BASELINE_STORES = ['branch', 'directory', 'none'];
const FAIL_ON = ['regression', 'never'];
const SAVE_BASELINE = ['auto', 'true', 'false'];
const COMMENT_MODES = ['always', 'on-regression', 'never'];
const SUBJECTS = ['reference', 'command'];
/** What a pull request's run is judged against: auto is merge-base for subject: command on pull requests, else baseline. */
const COMPARE_TO = ['auto', 'merge-base', 'baseline'];
/** native/bench.h MAX_RTT_SAMPLES: the driver refuses a pingpong run of more round trips. */
const MAX_PINGPONG_MESSAGES = 10_000_000;
class ConfigError extends Error {
    name = 'ConfigError';
}
const DEFAULTS = {
    'require-numa': 'false',
    'sysfs-root': '/',
    budget: '5m',
    classes: '',
    paddings: '0,64,128',
    modes: 'throughput,pingpong,same-thread',
    messages: '',
    seed: '',
    'out-dir': 'numa-spsc-bench-results',
    'baseline-store': 'branch',
    'baseline-branch': 'numa-spsc-bench-data',
    'baseline-directory': '.numa-spsc-bench',
    threshold: '0.05',
    alpha: '0.01',
    'fail-on': 'regression',
    'save-baseline': 'auto',
    comment: 'always',
    'allow-fork-prs': 'false',
    'report-from': '',
    'compare-to': 'auto',
    calibration: '',
    subject: 'reference',
    'subject-build': '',
    'subject-command': '',
    'build-timeout': '20m',
    c2c: 'auto'
};
/** An input not given takes its default; one given empty stays empty, so `--paddings ""` is an error, not the default. */
function config_valueOf(raw, name) {
    const given = raw[name];
    return (given === undefined ? DEFAULTS[name] : given).trim();
}
/** The largest seed the seeded order and bootstrap take exactly (a double's 53-bit integer range). */
const MAX_SEED = Number.MAX_SAFE_INTEGER;
function seedOf(raw) {
    const text = config_valueOf(raw, 'seed');
    if (text === '')
        return null;
    if (!/^\d+$/.test(text))
        throw new ConfigError(`seed: "${text}" is not a non-negative integer`);
    if (Number(text) > MAX_SEED) {
        throw new ConfigError(`seed: "${text}" is above ${MAX_SEED} (2^53 - 1), the largest seed that is used exactly`);
    }
    return Number(text);
}
function budgetOf(raw) {
    try {
        return parseBudget(config_valueOf(raw, 'budget'));
    }
    catch (error) {
        throw new ConfigError(error.message, { cause: error });
    }
}
function oneOf(raw, name, allowed) {
    const value = config_valueOf(raw, name);
    if (!allowed.includes(value)) {
        throw new ConfigError(`${name}: "${value}" is not one of ${allowed.join(', ')}`);
    }
    return value;
}
function listOf(raw, name, allowed) {
    const items = config_valueOf(raw, name)
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    for (const item of items) {
        if (!allowed.includes(item)) {
            throw new ConfigError(`${name}: "${item}" is not one of ${allowed.join(', ')}`);
        }
    }
    return [...new Set(items)];
}
function booleanOf(raw, name) {
    const value = config_valueOf(raw, name).toLowerCase();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new ConfigError(`${name}: "${value}" is not true or false`);
}
function fractionOf(raw, name, max) {
    const text = config_valueOf(raw, name);
    const value = Number(text);
    if (text === '' || !Number.isFinite(value) || value <= 0 || value >= max) {
        throw new ConfigError(`${name}: "${text}" is not a number between 0 and ${max} (exclusive)`);
    }
    return value;
}
function durationOf(raw, name) {
    try {
        return parseBudget(config_valueOf(raw, name));
    }
    catch (error) {
        throw new ConfigError(`${name}: ${error.message.replace(/^budget: /, '')}`, { cause: error });
    }
}
function commandOf(raw, name) {
    const text = config_valueOf(raw, name);
    return text === '' ? null : (0,string_argv/* parseArgsStringToArgv */.R)(text);
}
function buildConfig(raw) {
    const paddingText = listOf(raw, 'paddings', PADDINGS.map((padding) => String(padding)));
    const subject = {
        kind: oneOf(raw, 'subject', SUBJECTS),
        build: commandOf(raw, 'subject-build'),
        command: commandOf(raw, 'subject-command')
    };
    if (subject.kind === 'command' && subject.command === null) {
        throw new ConfigError('subject-command: required when subject is "command" (the command run per sample)');
    }
    const compareTo = oneOf(raw, 'compare-to', COMPARE_TO);
    if (compareTo === 'merge-base' && subject.kind !== 'command') {
        throw new ConfigError('compare-to: "merge-base" measures your subject at the merge-base and at the head; it needs subject: command');
    }
    const messagesText = config_valueOf(raw, 'messages');
    if (messagesText !== '' && !/^[1-9]\d{0,9}$/.test(messagesText)) {
        throw new ConfigError(`messages: "${messagesText}" is not a positive integer (messages per sample, e.g. 20000)`);
    }
    const modes = listOf(raw, 'modes', MODES);
    if (modes.length === 0)
        throw new ConfigError('modes: at least one of throughput, pingpong, same-thread is needed');
    if (modes.includes('pingpong') && Number(messagesText) > MAX_PINGPONG_MESSAGES) {
        throw new ConfigError(`messages: ${messagesText} is more than the ${MAX_PINGPONG_MESSAGES} round trips a pingpong sample records ` +
            '(the driver keeps one latency per round trip); use fewer or leave pingpong out of modes');
    }
    if (paddingText.length === 0)
        throw new ConfigError(`paddings: at least one of ${PADDINGS.join(', ')} is needed`);
    const reportFrom = config_valueOf(raw, 'report-from');
    return {
        sysfsRoot: config_valueOf(raw, 'sysfs-root'),
        requireNuma: booleanOf(raw, 'require-numa'),
        budgetSeconds: budgetOf(raw),
        classes: listOf(raw, 'classes', PLACEMENT_CLASSES),
        paddings: paddingText.map(Number),
        modes,
        messages: messagesText === '' ? null : Number(messagesText),
        seed: seedOf(raw),
        outDir: config_valueOf(raw, 'out-dir'),
        baselineStore: oneOf(raw, 'baseline-store', BASELINE_STORES),
        baselineBranch: config_valueOf(raw, 'baseline-branch'),
        baselineDirectory: config_valueOf(raw, 'baseline-directory'),
        threshold: fractionOf(raw, 'threshold', 1),
        alpha: fractionOf(raw, 'alpha', 0.5),
        failOn: oneOf(raw, 'fail-on', FAIL_ON),
        saveBaseline: oneOf(raw, 'save-baseline', SAVE_BASELINE),
        comment: oneOf(raw, 'comment', COMMENT_MODES),
        allowForkPrs: booleanOf(raw, 'allow-fork-prs'),
        reportFrom: reportFrom === '' ? null : reportFrom,
        buildTimeoutSeconds: durationOf(raw, 'build-timeout'),
        compareTo,
        calibration: config_valueOf(raw, 'calibration') === '' ? null : config_valueOf(raw, 'calibration'),
        subject,
        c2c: oneOf(raw, 'c2c', C2C_SETTINGS)
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/plan/cost.ts
const DEFAULT_COST_MODEL = {
    startupSeconds: 0.05,
    messagesPerSecond: { throughput: 10_000_000, pingpong: 500_000, 'same-thread': 50_000_000 },
    source: 'cost-model'
};
/**
 * Default message counts: each mode's timed part lasts 0.1-0.2 s at the rates above (the VM measured 20 M/s,
 * 1.25 µs and 114 M/s: about 0.05, 0.13 and 0.04 s), long enough to cover many scheduler ticks and short enough
 * that a one-minute budget still holds a useful matrix.
 */
const DEFAULT_MESSAGES = {
    throughput: 1_000_000,
    pingpong: 100_000,
    'same-thread': 5_000_000
};
/** Warm-up is a fifth of the timed messages: caches, TLB and the branch predictors settle, the page faults are done. */
const WARMUP_FRACTION = 0.2;
/** "reference/throughput/unpinned": the key of CostModel.kinds. */
function costKind(cell) {
    return `${cell.subject}/${cell.mode}/${cell.pinned ? 'pinned' : 'unpinned'}`;
}
function sampleSeconds(cell, model) {
    const measured = model.kinds?.[costKind(cell)];
    const startup = measured?.startupSeconds ?? model.startupSeconds;
    const rate = measured?.messagesPerSecond ?? model.messagesPerSecond[cell.mode];
    return startup + (cell.messages + cell.warmupMessages) / rate;
}
/** The cell's expected seconds per sample: the planner's figure, or the fixed model's for cells planned without one. */
function expectedSeconds(cell) {
    return cell.expectedSeconds ?? sampleSeconds(cell, DEFAULT_COST_MODEL);
}
/**
 * A sample that takes this many times its expected time is hung or starved, not slow: one pilot sample on a shared
 * machine can be several times off, so the margin is wide, and the floor covers a cold page cache or a busy runner
 * stretching a launch that is expected to take milliseconds.
 */
const TIMEOUT_MULTIPLE = 10;
const TIMEOUT_FLOOR_SECONDS = 10;
/** The per-sample timeout: TIMEOUT_FLOOR_SECONDS plus TIMEOUT_MULTIPLE times the cell's expected seconds. */
function sampleTimeoutMs(cell) {
    return Math.ceil(1000 * (TIMEOUT_FLOOR_SECONDS + TIMEOUT_MULTIPLE * expectedSeconds(cell)));
}

;// CONCATENATED MODULE: ./schema/native-record.schema.json
const native_record_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/numa-spsc-bench/numa-spsc-bench/schema/native-record.schema.json","title":"numa-spsc-bench driver line","description":"The one JSON line a benchmark driver prints per run (native/README.md).","definitions":{"idOrNull":{"type":["integer","null"],"minimum":0},"countOrNull":{"type":["integer","null"],"minimum":0},"ids":{"type":"array","items":{"type":"integer","minimum":0}},"threadCounts":{"description":"One thread\'s counts over the timed part by event name (src/native/counters.ts); null: none counted","type":["object","null"],"additionalProperties":{"type":"integer","minimum":0}},"pageNodes":{"type":["object","null"],"required":["pages","nodesBefore","nodesAfter"],"properties":{"pages":{"type":"integer","minimum":0},"nodesBefore":{"$ref":"#/definitions/ids"},"nodesAfter":{"$ref":"#/definitions/ids"}}},"nonNegative":{"type":"number","minimum":0}},"type":"object","required":["schema","implementation","params","observed","results","perf","valid","invalidReasons"],"properties":{"schema":{"const":"numa-spsc-bench/run@1"},"implementation":{"type":"string","minLength":1,"maxLength":100},"params":{"type":"object","required":["mode","producerCpu","consumerCpu","slotsNode","indexNode","padding","capacity","payload","messages","warmupMessages"],"properties":{"mode":{"enum":["throughput","pingpong","same-thread"]},"producerCpu":{"$ref":"#/definitions/idOrNull"},"consumerCpu":{"$ref":"#/definitions/idOrNull"},"slotsNode":{"$ref":"#/definitions/idOrNull"},"indexNode":{"$ref":"#/definitions/idOrNull"},"padding":{"$ref":"#/definitions/countOrNull"},"capacity":{"type":"integer","minimum":1},"payload":{"type":"integer","minimum":1},"messages":{"type":"integer","minimum":0},"warmupMessages":{"type":"integer","minimum":0},"ring":{"enum":["reference","batched"]},"batch":{"$ref":"#/definitions/countOrNull"},"extraWork":{"type":"integer","minimum":0}}},"observed":{"type":"object","required":["producerCpus","consumerCpus","slots","indices","producerInvoluntarySwitches","consumerInvoluntarySwitches"],"properties":{"producerCpus":{"$ref":"#/definitions/ids"},"consumerCpus":{"$ref":"#/definitions/ids"},"slots":{"$ref":"#/definitions/pageNodes"},"indices":{"$ref":"#/definitions/pageNodes"},"producerInvoluntarySwitches":{"$ref":"#/definitions/countOrNull"},"consumerInvoluntarySwitches":{"$ref":"#/definitions/countOrNull"}}},"results":{"type":"object","required":["messages","elapsedNs","messagesPerSecond","rttNs"],"properties":{"messages":{"type":"integer","minimum":0},"elapsedNs":{"type":"integer","minimum":0},"messagesPerSecond":{"type":["number","null"],"minimum":0},"rttNs":{"type":["object","null"],"required":["p50","p90","p99","p999","max"],"properties":{"p50":{"$ref":"#/definitions/nonNegative"},"p90":{"$ref":"#/definitions/nonNegative"},"p99":{"$ref":"#/definitions/nonNegative"},"p999":{"$ref":"#/definitions/nonNegative"},"max":{"$ref":"#/definitions/nonNegative"}}}}},"perf":{"type":"object","required":["cycles","instructions","llcMisses","unavailableReason"],"properties":{"cycles":{"$ref":"#/definitions/countOrNull"},"instructions":{"$ref":"#/definitions/countOrNull"},"llcMisses":{"$ref":"#/definitions/countOrNull"},"unavailableReason":{"type":["string","null"]},"producer":{"$ref":"#/definitions/threadCounts"},"consumer":{"$ref":"#/definitions/threadCounts"}}},"valid":{"type":"boolean"},"invalidReasons":{"type":"array","items":{"type":"string"}}}}');
;// CONCATENATED MODULE: ./src/native/parse.ts
/**
 * Reads the one JSON line a driver prints. Anything a driver or a user's subject prints goes through here, so a
 * malformed line is an error that names its source, the field and the value, never a silent NaN downstream.
 */


const validator = new ajv.Ajv({ allErrors: false, strict: false }).compile(native_record_schema_namespaceObject);
class NativeOutputError extends Error {
    name = 'NativeOutputError';
}
function describe(error, record) {
    if (error === undefined)
        return 'does not match schema/native-record.schema.json';
    const path = error.instancePath === '' ? '(top level)' : error.instancePath;
    const found = error.instancePath
        .split('/')
        .slice(1)
        .reduce((value, key) => value?.[key], record);
    const shown = error.instancePath === '' ? '' : ` (found ${JSON.stringify(found)?.slice(0, 80)})`;
    return `${path} ${error.message ?? 'is invalid'}${shown}`;
}
/** JSON.parse turns 1e999 into Infinity, which the schema's "number" lets through; the path of the first one. */
function nonFinitePath(value, path) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? null : path || '(top level)';
    if (typeof value !== 'object' || value === null)
        return null;
    for (const [key, item] of Object.entries(value)) {
        const found = nonFinitePath(item, `${path}/${key}`);
        if (found !== null)
            return found;
    }
    return null;
}
function parseNativeLine(line, source = 'driver') {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        throw new NativeOutputError(`${source}: output is not a JSON line: ${JSON.stringify(line.slice(0, 120))}`);
    }
    const overflow = nonFinitePath(value, '');
    if (overflow !== null)
        throw new NativeOutputError(`${source}: ${overflow} is not a finite number`);
    if (!validator(value))
        throw new NativeOutputError(`${source}: ${describe(validator.errors?.[0], value)}`);
    const record = value;
    if (record.valid && record.invalidReasons.length > 0) {
        throw new NativeOutputError(`${source}: /valid is true but invalidReasons lists ${record.invalidReasons.length} reason(s)`);
    }
    return record;
}
/** A rate may differ from messages / elapsed time by rounding only; a subject's claim beyond that is not taken. */
const RATE_TOLERANCE = 0.01;
/** The record's results against each other: the rate it claims against its own count and time, the percentile order. */
function inconsistentResults(record) {
    const reasons = [];
    const { messages, elapsedNs, messagesPerSecond, rttNs } = record.results;
    if (messagesPerSecond !== null) {
        const derived = elapsedNs > 0 ? messages / (elapsedNs / 1e9) : Number.NaN;
        if (!Number.isFinite(derived) || Math.abs(messagesPerSecond - derived) > RATE_TOLERANCE * derived) {
            reasons.push(`messagesPerSecond is ${messagesPerSecond}, but ${messages} messages in ${elapsedNs} ns give ` +
                `${Number.isFinite(derived) ? derived.toPrecision(6) : 'no rate'} (more than 1 % apart)`);
        }
    }
    if (rttNs !== null) {
        const order = [
            ['p50', rttNs.p50],
            ['p90', rttNs.p90],
            ['p99', rttNs.p99],
            ['p999', rttNs.p999],
            ['max', rttNs.max]
        ];
        for (let index = 1; index < order.length; index++) {
            const [lowName, low] = order[index - 1];
            const [highName, high] = order[index];
            if (!(low <= high))
                reasons.push(`round-trip ${lowName} ${low} ns is above ${highName} ${high} ns`);
        }
    }
    return reasons;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/run/process.ts
/**
 * Every external program the tool starts (driver, subject, subject build, make, cc) runs here: detached into a process
 * group of its own, so a timeout, Ctrl-C or SIGTERM kills it with everything it started, and the tool never waits on
 * a pipe that a stray grandchild still holds. The groups still alive are killed when the tool exits, however it exits.
 */

const TAIL_CHARACTERS = 4000;
const DEFAULT_STDOUT_LIMIT = 1024 * 1024;
/** After the process exited, how long its pipes may stay open (a grandchild holding them is killed with the group). */
const PIPE_GRACE_MS = 200;
/** Process group ids (the leaders' pids) of children not yet reaped. */
const liveGroups = new Set();
let exitHookInstalled = false;
/** SIGKILL to a whole process group; a group that is already gone is not an error. */
function killGroup(pgid, signal = 'SIGKILL') {
    try {
        process.kill(-pgid, signal);
    }
    catch (error) {
        if (error.code !== 'ESRCH')
            throw error;
    }
}
/** Kills every group still running; the signal handlers and the exit hook call it. */
function killAllGroups() {
    for (const pgid of liveGroups)
        killGroup(pgid);
}
/** How many groups this process has started and not yet reaped (tests check that none is left). */
function liveGroupCount() {
    return liveGroups.size;
}
function installExitHook() {
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    // 'exit' handlers run synchronously on every normal exit and on process.exit(); kill(2) is synchronous too.
    process.on('exit', killAllGroups);
}
const tail = (text) => text.slice(-TAIL_CHARACTERS).trim();
/** Runs one program in a process group of its own, capturing its output; never rejects. */
function runInGroup(command, args, options) {
    installExitHook();
    const stdoutLimit = options.stdoutLimit ?? DEFAULT_STDOUT_LIMIT;
    return new Promise((resolve) => {
        if (options.signal?.aborted) {
            resolve(result({ aborted: true }));
            return;
        }
        const child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const pgid = child.pid;
        let stdout = '';
        let stdoutTail = '';
        let stderr = '';
        let timedOut = false;
        let aborted = false;
        child.stdout.setEncoding('utf8').on('data', (chunk) => {
            if (stdout.length < stdoutLimit)
                stdout += chunk.slice(0, stdoutLimit - stdout.length);
            stdoutTail = (stdoutTail + chunk).slice(-TAIL_CHARACTERS);
            options.onOutput?.(chunk);
        });
        child.stderr.setEncoding('utf8').on('data', (chunk) => {
            stderr = (stderr + chunk).slice(-TAIL_CHARACTERS);
            options.onOutput?.(chunk);
        });
        function result(fields) {
            return {
                pid: pgid ?? null,
                exitCode: null,
                signal: null,
                stdout: '',
                stdoutTail: '',
                stderrTail: '',
                timedOut: false,
                aborted: false,
                spawnError: null,
                ...fields
            };
        }
        let timer;
        let grace;
        let settled = false;
        let exited = null;
        const settle = (spawnError) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            clearTimeout(grace);
            options.signal?.removeEventListener('abort', onAbort);
            if (pgid !== undefined)
                liveGroups.delete(pgid);
            child.stdout.destroy();
            child.stderr.destroy();
            resolve(result({
                ...exited,
                stdout,
                stdoutTail: tail(stdoutTail),
                stderrTail: tail(stderr),
                timedOut,
                aborted,
                spawnError
            }));
        };
        if (pgid === undefined) {
            // spawn failed synchronously (ENOENT, EACCES): 'error' follows and no process exists.
            child.on('error', (error) => settle(error.message));
            return;
        }
        liveGroups.add(pgid);
        if (options.timeoutMs !== undefined) {
            timer = setTimeout(() => {
                timedOut = true;
                killGroup(pgid);
            }, options.timeoutMs);
        }
        const onAbort = () => {
            aborted = true;
            killGroup(pgid);
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        child.on('error', (error) => {
            if (exited === null)
                settle(error.message);
        });
        child.on('exit', (exitCode, signal) => {
            exited = { exitCode, signal };
            // Whatever the leader left behind in its group goes with it; then the pipes get a moment to drain.
            killGroup(pgid);
            grace = setTimeout(() => settle(null), PIPE_GRACE_MS);
        });
        child.on('close', () => settle(null));
    });
}
/** The CLI's ProcessRunner: child_process, output kept as tails for error messages. */
const processRunner = {
    run: (command, args, options) => runInGroup(command, args, options)
};
/** One line for an error message: how the program ended and the end of what it wrote. */
function describeFailure(argv, outcome, timeoutMs) {
    const ended = outcome.spawnError !== null
        ? `it could not be started: ${outcome.spawnError}`
        : outcome.timedOut
            ? `killed after the ${Math.round((timeoutMs ?? 0) / 1000)} s timeout`
            : outcome.aborted
                ? 'stopped by a signal to the tool'
                : outcome.signal !== null
                    ? `killed by ${outcome.signal}`
                    : `exit status ${outcome.exitCode}`;
    const output = outcome.stderrTail || outcome.stdoutTail;
    return `"${argv.join(' ')}" failed (${ended})${output === '' ? '' : `:\n${output}`}`;
}
/** Exit status of a process ended by a signal, as shells report it: 130 for SIGINT, 143 for SIGTERM. */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
/**
 * SIGINT (Ctrl-C) and SIGTERM (a cancelled job) both stop the run the same way: the groups of our children are
 * killed, the caller writes what was measured (marked interrupted) and exits 130 or 143. A second signal does not
 * wait for that: it kills the groups and exits at once.
 */
function stopOnSignals(log) {
    const controller = new AbortController();
    let received = null;
    const handle = (signal) => {
        killAllGroups();
        if (received !== null) {
            log(`${signal} again: exiting without writing results.`);
            process.exit(SIGNAL_EXIT_CODES[signal]);
        }
        received = signal;
        log(`${signal}: stopping the sample in flight and writing what was measured.`);
        controller.abort();
    };
    const handlers = Object.keys(SIGNAL_EXIT_CODES).map((name) => {
        const handler = () => handle(name);
        process.on(name, handler);
        return [name, handler];
    });
    return {
        signal: controller.signal,
        received: () => received,
        exitCode: () => (received === null ? null : SIGNAL_EXIT_CODES[received]),
        dispose: () => {
            for (const [name, handler] of handlers)
                process.off(name, handler);
        }
    };
}

;// CONCATENATED MODULE: ./src/run/launch.ts

const SUBJECT_PROTOCOL_VERSION = 1;
const ENV_PREFIX = 'NUMA_SPSC_BENCH_';
/** Enough for one JSON line with percentiles and observed CPU lists, with room for a subject's chatter. */
const STDOUT_LIMIT = 1024 * 1024;
/** The native driver's options for a cell; unpinned cells omit the CPUs, first-touch cells omit the nodes. */
function driverArgs(cell) {
    const args = ['--mode', cell.mode];
    if (cell.pinned && cell.producerCpu !== null)
        args.push('--producer-cpu', String(cell.producerCpu));
    if (cell.pinned && cell.consumerCpu !== null && cell.mode !== 'same-thread') {
        args.push('--consumer-cpu', String(cell.consumerCpu));
    }
    if (cell.memoryNode !== null)
        args.push('--slots-node', String(cell.memoryNode), '--index-node', String(cell.memoryNode));
    if (cell.subject === 'batched')
        args.push('--ring', 'batched', ...(cell.batch === undefined ? [] : ['--batch', String(cell.batch)]));
    args.push('--padding', String(cell.padding), '--capacity', String(cell.capacity), '--payload', String(cell.payload), '--messages', String(cell.messages), '--warmup-messages', String(cell.warmupMessages));
    return args;
}
/** The same placement as environment variables; a variable is absent when its option is (unpinned, first touch). */
function subjectEnvironment(cell) {
    const values = {
        PROTOCOL: SUBJECT_PROTOCOL_VERSION,
        CELL: cell.key,
        MODE: cell.mode,
        PRODUCER_CPU: cell.pinned ? cell.producerCpu : null,
        CONSUMER_CPU: cell.pinned && cell.mode !== 'same-thread' ? cell.consumerCpu : null,
        SLOTS_NODE: cell.memoryNode,
        INDEX_NODE: cell.memoryNode,
        PADDING: cell.padding,
        CAPACITY: cell.capacity,
        PAYLOAD: cell.payload,
        MESSAGES: cell.messages,
        WARMUP_MESSAGES: cell.warmupMessages
    };
    return Object.fromEntries(Object.entries(values)
        .filter((entry) => entry[1] !== null)
        .map(([name, value]) => [`${ENV_PREFIX}${name}`, String(value)]));
}
function launch(argv, environment, timeoutMs, signal, 
/** Directory the process runs in (an A/B variant's tree); default ours. */
cwd) {
    const [command, ...args] = argv;
    return runInGroup(command, args, {
        cwd,
        env: childEnvironment(environment),
        timeoutMs,
        signal,
        stdoutLimit: STDOUT_LIMIT
    });
}
/**
 * Variables a child sees from ours (docs/subject-protocol.md, "Environment"): what finds programs, locale and temp
 * files, and what C, Rust, Go, Java and Nim toolchains need to build and run a subject. Everything else, the action's
 * INPUT_* (github-token among them), GITHUB_TOKEN and the runner's ACTIONS_* tokens included, stays with us.
 */
const PASSED_NAMES = new Set([
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'TERM',
    'TZ',
    'LANG',
    'LANGUAGE',
    'TMPDIR',
    'CI',
    'CC',
    'CXX',
    'CFLAGS',
    'CXXFLAGS',
    'CPPFLAGS',
    'LDFLAGS',
    'PKG_CONFIG_PATH',
    'CARGO_HOME',
    'RUSTUP_HOME',
    'GOPATH',
    'GOROOT',
    'GOCACHE',
    'JAVA_HOME',
    'NIMBLE_DIR'
]);
const PASSED_PREFIXES = ['LC_', ENV_PREFIX];
/** Values registered as secrets (the action's token): a variable holding one is never passed, whatever its name. */
const secretValues = new Set();
function registerSecret(value) {
    if (value !== '')
        secretValues.add(value);
}
/** The whole environment of a child: the allow-listed variables of ours, then `extra` (the cell's placement). */
function childEnvironment(extra = {}) {
    const passed = {};
    for (const [name, value] of Object.entries(process.env)) {
        if (value === undefined || secretValues.has(value))
            continue;
        if (PASSED_NAMES.has(name) || PASSED_PREFIXES.some((prefix) => name.startsWith(prefix)))
            passed[name] = value;
    }
    return { ...passed, ...extra };
}

;// CONCATENATED MODULE: ./src/native/build.ts
/**
 * Builds native/ with make and the machine's cc into a private directory outside the sources, once: the build is
 * reused while the sources and the compiler are the same and the binary is the one we built (a stamp of the sources,
 * the compiler and the binary's hash is kept beside it). The directory must belong to us and be closed to other
 * users, or another local user could put a program there for us to run (docs/self-hosted-runner.md).
 */







class NativeBuildError extends Error {
    name = 'NativeBuildError';
}
/** The build input's default: twenty minutes, far more than native/ needs, enough for a large subject. */
const DEFAULT_BUILD_TIMEOUT_MS = 20 * 60 * 1000;
/** The CLI's build directory: $XDG_CACHE_HOME/numa-spsc-bench/build, else ~/.cache/numa-spsc-bench/build. */
function defaultBuildDir(environment = process.env) {
    const cache = environment.XDG_CACHE_HOME?.startsWith('/') ? environment.XDG_CACHE_HOME : (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache');
    return (0,external_node_path_.join)(cache, 'numa-spsc-bench', 'build');
}
/**
 * Creates DIRECTORY (mode 0700) or checks the one there: a real directory, owned by this user, writable by nobody
 * else. Anything else is refused: we will execute what it holds.
 */
function ensurePrivateDirectory(directory, what = 'build directory') {
    if (!(0,external_node_fs_.existsSync)(directory))
        (0,external_node_fs_.mkdirSync)(directory, { recursive: true, mode: 0o700 });
    const stat = (0,external_node_fs_.lstatSync)(directory);
    const uid = process.getuid?.();
    const problem = stat.isSymbolicLink()
        ? 'is a symbolic link'
        : !stat.isDirectory()
            ? 'is not a directory'
            : uid !== undefined && stat.uid !== uid
                ? `belongs to user id ${stat.uid}, not to this user (${uid})`
                : (stat.mode & 0o022) !== 0
                    ? `has mode ${(stat.mode & 0o777).toString(8).padStart(4, '0')}: other users may write to it`
                    : null;
    if (problem !== null) {
        throw new NativeBuildError(`${what} ${directory} ${problem}; the tool runs the program built there, so it only uses a directory of its ` +
            `own user that no one else may write (expected e.g. mode 0700). Remove it, or choose another with --build-dir`);
    }
}
/** Walks up from a module (dist/index.js, dist/cli/index.js or src/…) to the folder that holds native/Makefile. */
function findNativeSourceDir(fromUrl) {
    let directory = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(fromUrl));
    for (;;) {
        const candidate = (0,external_node_path_.join)(directory, 'native');
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(candidate, 'Makefile')))
            return candidate;
        const parent = (0,external_node_path_.dirname)(directory);
        if (parent === directory) {
            throw new NativeBuildError(`native/Makefile not found above ${(0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(fromUrl))}: is this a full checkout?`);
        }
        directory = parent;
    }
}
async function firstLine(runner, argv, what, signal) {
    const [command, ...args] = argv;
    const outcome = await runner.run(command, args, { env: childEnvironment(), timeoutMs: 60_000, signal, label: what });
    if (outcome.exitCode !== 0)
        throw new NativeBuildError(`${what}: ${describeFailure(argv, outcome, 60_000)}`);
    return outcome.stdout.split('\n')[0].trim();
}
function sourceHash(sourceDir, compiler, flags) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(`${compiler}\n${flags}\n`);
    const files = (0,external_node_fs_.readdirSync)(sourceDir, { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(c|h|sh)$|(^|\/)Makefile$/.test(file) && !file.startsWith('build'))
        .sort();
    for (const file of files)
        hash.update(`${file}\n`).update((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(sourceDir, file)));
    return hash.digest('hex');
}
const fileHash = (path) => (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(path)).digest('hex');
/** The stamp of a build we made: sources, compiler and flags, and the hash of the binary that came out. */
function stampOf(sources, binary) {
    return `${sources}\n${fileHash(binary)}\n`;
}
async function buildNative(options) {
    const sourceDir = (0,external_node_path_.resolve)(options.sourceDir);
    const buildDir = (0,external_node_path_.resolve)(options.buildDir);
    const runner = options.runner ?? processRunner;
    const cc = options.cc ?? process.env.CC ?? 'cc';
    ensurePrivateDirectory(buildDir);
    const make = ['-s', '-C', sourceDir, `BUILD_DIR=${buildDir}`, `CC=${cc}`];
    const compiler = await firstLine(runner, [cc, '--version'], 'C compiler', options.signal);
    const flags = await firstLine(runner, ['make', ...make, 'print-flags'], 'make', options.signal);
    const binary = (0,external_node_path_.join)(buildDir, 'spsc-bench');
    const stampFile = (0,external_node_path_.join)(buildDir, 'build.stamp');
    const sources = sourceHash(sourceDir, compiler, flags);
    if ((0,external_node_fs_.existsSync)(binary) && (0,external_node_fs_.existsSync)(stampFile) && (0,external_node_fs_.readFileSync)(stampFile, 'utf8') === stampOf(sources, binary)) {
        return { binary, rebuilt: false, compiler, flags };
    }
    const timeoutMs = options.timeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS;
    const argv = ['make', ...make, '-B', binary];
    const outcome = await runner.run(argv[0], argv.slice(1), {
        env: childEnvironment(),
        timeoutMs,
        signal: options.signal,
        label: 'build native/'
    });
    if (outcome.exitCode !== 0) {
        throw new NativeBuildError(`building ${sourceDir} with ${compiler} failed: ${describeFailure(argv, outcome, timeoutMs)}`);
    }
    (0,external_node_fs_.writeFileSync)(stampFile, stampOf(sources, binary), { mode: 0o600 });
    return { binary, rebuilt: true, compiler, flags };
}

;// CONCATENATED MODULE: ./src/native/index.ts




;// CONCATENATED MODULE: ./src/run/check.ts
/**
 * Turns one process's outcome into a Sample: a crash, a timeout, unparseable output or the driver's own invalid
 * verdict each become reasons, and so does a record whose placement is not the one the cell asked for (a driver or
 * subject that reports success for a placement it did not achieve is not trusted).
 */

const EXIT_MEANINGS = { 1: 'internal error', 2: 'usage error', 3: 'placement impossible' };
function sampleOf(cell, outcome, context) {
    const sample = (invalidReasons, record) => ({
        block: context.block,
        order: context.order,
        valid: record !== null && invalidReasons.length === 0,
        invalidReasons,
        record
    });
    const stderr = outcome.stderrTail === '' ? '' : `; stderr: ${outcome.stderrTail}`;
    if (outcome.spawnError !== null)
        return sample([`could not start ${context.source}: ${outcome.spawnError}`], null);
    if (outcome.timedOut)
        return sample([`timed out after ${context.timeoutMs / 1000} s and was killed${stderr}`], null);
    if (outcome.signal !== null)
        return sample([`crashed: killed by signal ${outcome.signal}${stderr}`], null);
    if (outcome.exitCode !== 0) {
        const meaning = EXIT_MEANINGS[outcome.exitCode ?? -1];
        return sample([`exited with code ${outcome.exitCode}${meaning ? ` (${meaning})` : ''}${stderr}`], null);
    }
    const line = outcome.stdout
        .split('\n')
        .map((text) => text.trim())
        .filter((text) => text !== '')
        .at(-1);
    if (line === undefined)
        return sample([`printed no result line${stderr}`], null);
    let record;
    try {
        record = parseNativeLine(line, context.source);
    }
    catch (error) {
        return sample([`unreadable output: ${error.message}`], null);
    }
    return sample(reasonsAgainst(cell, record), record);
}
/** Why a record cannot be counted for its cell: its own verdict, its numbers, its placement; empty when it can. */
function reasonsAgainst(cell, record) {
    const own = record.valid
        ? []
        : record.invalidReasons.length > 0
            ? [...record.invalidReasons]
            : ['reported valid: false without a reason'];
    return [...own, ...inconsistentResults(record), ...placementMismatches(cell, record)];
}
/**
 * Results read from disk are judged again from what they recorded: a stored `valid: true` counts only if the record's
 * own numbers and observations still agree with its cell. An invalid sample stays as it was stored.
 */
function rederiveValidity(results) {
    return {
        ...results,
        cells: results.cells.map((cellResult) => ({
            ...cellResult,
            samples: cellResult.samples.map((stored) => {
                if (!stored.valid)
                    return stored;
                const reasons = stored.record === null
                    ? ['stored as valid without a driver record']
                    : reasonsAgainst(cellResult.cell, stored.record);
                return reasons.length === 0 ? stored : { ...stored, valid: false, invalidReasons: reasons };
            })
        }))
    };
}
/** Everything in the record that contradicts the cell; a subject may leave padding and indices out (no such knob). */
function placementMismatches(cell, record) {
    const reasons = [];
    const subject = cell.subject === 'subject';
    const { params, observed, results } = record;
    const expect = (what, found, asked) => {
        if (found !== asked)
            reasons.push(`${what} is ${String(found)}, the cell asked for ${String(asked)}`);
    };
    if (!subject && record.implementation !== cell.subject) {
        reasons.push(`implementation is "${record.implementation}", the driver was asked for the ${cell.subject} ring`);
    }
    if (cell.subject === 'batched')
        expect('batch', params.batch, cell.batch);
    expect('mode', params.mode, cell.mode);
    expect('messages', params.messages, cell.messages);
    expect('warm-up messages', params.warmupMessages, cell.warmupMessages);
    if (!subject || params.padding !== null)
        expect('padding', params.padding, cell.padding);
    if (!subject)
        expect('capacity', params.capacity, cell.capacity);
    if (cell.pinned) {
        expect('producer CPU', params.producerCpu, cell.producerCpu);
        checkThreadCpus(reasons, 'producer', observed.producerCpus, cell.producerCpu);
        if (cell.mode !== 'same-thread') {
            expect('consumer CPU', params.consumerCpu, cell.consumerCpu);
            checkThreadCpus(reasons, 'consumer', observed.consumerCpus, cell.consumerCpu);
        }
        else if (observed.consumerCpus.some((cpu) => cpu !== cell.producerCpu)) {
            reasons.push(`same-thread run saw CPUs ${observed.consumerCpus.join(',')}, asked for ${cell.producerCpu} only`);
        }
    }
    if (cell.memoryNode !== null) {
        expect('slots node', params.slotsNode, cell.memoryNode);
        checkPages(reasons, 'slot', observed.slots, cell.memoryNode, true);
        if (!subject || params.indexNode !== null)
            expect('index node', params.indexNode, cell.memoryNode);
        checkPages(reasons, 'index', observed.indices, cell.memoryNode, !subject);
    }
    if (cell.mode === 'pingpong' && results.rttNs === null)
        reasons.push('pingpong run reported no round-trip latency');
    if (cell.mode !== 'pingpong' && results.messagesPerSecond === null) {
        reasons.push(`${cell.mode} run reported no messages per second`);
    }
    return reasons;
}
function checkThreadCpus(reasons, thread, seen, asked) {
    if (seen.length === 0)
        reasons.push(`the ${thread} thread's CPU was not observed (sched_getcpu), asked for ${asked}`);
    else if (seen.some((cpu) => cpu !== asked))
        reasons.push(`the ${thread} thread ran on CPUs ${seen.join(',')}, asked for ${asked}`);
}
function checkPages(reasons, what, pages, node, required) {
    if (pages === null) {
        if (required)
            reasons.push(`${what} pages were not verified (move_pages), asked for node ${node}`);
        return;
    }
    for (const [when, nodes] of [
        ['before', pages.nodesBefore],
        ['after', pages.nodesAfter]
    ]) {
        if (nodes.length === 0 || nodes.some((found) => found !== node)) {
            reasons.push(`${what} pages were on node(s) ${nodes.join(',') || 'none'} ${when} the run, asked for node ${node}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/native/counters.ts
/**
 * Which hardware events the driver counts on this CPU, and what each one really counts there. The driver takes the
 * choice through NUMA_SPSC_BENCH_PERF_EVENTS (native/perf.h); the report takes the meanings from here. Every meaning
 * names the document it comes from: the kernel's generic-event tables (arch/x86/events/{intel,amd}/core.c) and the
 * perf event lists (tools/perf/pmu-events/arch/x86/<model>/cache.json, torvalds/linux).
 */

const PERF_EVENTS_VARIABLE = 'NUMA_SPSC_BENCH_PERF_EVENTS';
/** perf_event_attr.type values (linux/perf_event.h). */
const PERF_TYPE_HARDWARE = 0;
const PERF_TYPE_RAW = 4;
const GENERIC_SOURCE = 'linux/perf_event.h; counted in user mode only (exclude_kernel)';
const INTEL_TABLE = 'torvalds/linux arch/x86/events/intel/core.c, intel_perfmon_event_map: cache-misses = 0x412e';
const AMD_ZEN_TABLE = 'torvalds/linux arch/x86/events/amd/core.c, amd_zen2_perfmon_event_map / amd_f17h_perfmon_event_map: cache-misses = 0x0964';
function cacheMissesMeaning(cpu) {
    if (cpu.vendor === 'intel') {
        return {
            meaning: 'LONGEST_LAT_CACHE.MISS: core-originated cacheable requests that miss the L3. A line another core of the same ' +
                'socket holds is an L3 hit, so same-socket core-to-core transfers are not counted; lines fetched from the ' +
                'other socket (its cache or its memory) miss the local L3 and are',
            source: `${INTEL_TABLE}; tools/perf/pmu-events/arch/x86/skylakex/cache.json (LONGEST_LAT_CACHE.MISS)`
        };
    }
    if (cpu.vendor === 'amd' && cpu.family !== null && cpu.family >= 0x17) {
        return {
            meaning: 'l2_cache_req_stat.ic_dc_miss_in_l2: core requests (not L2 prefetches) that miss this core’s L2, data and ' +
                'instruction, wherever the line then comes from (L3, another core or CCX, the other socket, DRAM). Not an L3 ' +
                'miss: every core-to-core transfer counts',
            source: `${AMD_ZEN_TABLE}; tools/perf/pmu-events/arch/x86/amdzen4/cache.json (event 0x64, umask 0x09)`
        };
    }
    return {
        meaning: 'whatever the kernel maps PERF_COUNT_HW_CACHE_MISSES to on this CPU; not checked for this vendor and family, ' +
            'so read it as "some cache misses" and look the event up before drawing a conclusion',
        source: 'the PMU driver of this architecture in torvalds/linux arch/*/events or arch/*/kernel/perf*'
    };
}
function genericEvents(cpu) {
    return [
        {
            name: 'cycles',
            type: PERF_TYPE_HARDWARE,
            config: 0,
            meaning: 'core clock cycles while the thread ran (the clock it actually ran at, not the nominal one)',
            source: `PERF_COUNT_HW_CPU_CYCLES, ${GENERIC_SOURCE}`
        },
        {
            name: 'instructions',
            type: PERF_TYPE_HARDWARE,
            config: 1,
            meaning: 'instructions retired by the thread (spinning on an empty or full ring retires instructions too)',
            source: `PERF_COUNT_HW_INSTRUCTIONS, ${GENERIC_SOURCE}`
        },
        { name: 'cache-misses', type: PERF_TYPE_HARDWARE, config: 3, ...cacheMissesMeaning(cpu) }
    ];
}
function raw(name, event, umask, meaning, source) {
    return { name, type: PERF_TYPE_RAW, config: (umask << 8) | event, meaning, source };
}
const REMOTE_HITM = 'retired loads whose data came from a modified line in a cache of the other socket: the cross-socket transfer of ' +
    'a line the other side wrote';
const REMOTE_FWD = 'retired loads whose data was forwarded from a cache of the other socket (a clean line)';
/** Skylake-SP and Cascade Lake (model 0x55); the kernel's perf event lists skylakex / cascadelakex. */
function intelSkylakeServer() {
    const source = 'torvalds/linux tools/perf/pmu-events/arch/x86/skylakex/cache.json';
    return [
        raw('MEM_LOAD_L3_HIT_RETIRED.XSNP_HITM', 0xd2, 0x04, 'retired loads that hit the L3 while another core of this socket held the line modified: the same-socket ' +
            'core-to-core transfer that cache-misses does not count', source),
        raw('MEM_LOAD_L3_MISS_RETIRED.REMOTE_HITM', 0xd3, 0x04, REMOTE_HITM, source),
        raw('MEM_LOAD_L3_MISS_RETIRED.REMOTE_FWD', 0xd3, 0x08, REMOTE_FWD, source)
    ];
}
/** Ice Lake-SP (0x6a, 0x6c) and Sapphire Rapids (0x8f): event 0xd2 umask 0x04 is named XSNP_FWD there. */
function intelIceLakeServer(listName) {
    const source = `torvalds/linux tools/perf/pmu-events/arch/x86/${listName}/cache.json`;
    return [
        raw('MEM_LOAD_L3_HIT_RETIRED.XSNP_FWD', 0xd2, 0x04, 'retired loads whose line another core of this socket held and forwarded (modified, or clean with forward): ' +
            'the same-socket core-to-core transfer that cache-misses does not count', source),
        raw('MEM_LOAD_L3_MISS_RETIRED.REMOTE_HITM', 0xd3, 0x04, REMOTE_HITM, source),
        raw('MEM_LOAD_L3_MISS_RETIRED.REMOTE_FWD', 0xd3, 0x08, REMOTE_FWD, source)
    ];
}
/** Zen 3 and Zen 4 share event 0x44's encoding; Zen 4's list renamed the unit masks. */
function amdFills(zen) {
    const source = zen === 4
        ? 'torvalds/linux tools/perf/pmu-events/arch/x86/amdzen4/cache.json'
        : 'torvalds/linux tools/perf/pmu-events/arch/x86/amdzen3/cache.json (the same names in binutils gprofng’s Zen 3 table)';
    const [near, far, farMemory] = zen === 4 ? ['near_cache', 'far_cache', 'dram_io_far'] : ['ext_cache_local', 'ext_cache_remote', 'mem_io_remote'];
    return [
        raw(`ls_any_fills_from_sys.${near}`, 0x44, 0x04, 'L1 data cache fills (demand and prefetch) from the cache of another CCX, address on the same NUMA node: ' +
            'a same-socket, other-L3 transfer', source),
        raw(`ls_any_fills_from_sys.${far}`, 0x44, 0x10, 'L1 data cache fills from the cache of another CCX, address on a different NUMA node: with one node per ' +
            'socket, the cross-socket transfer of a line the other side holds', source),
        raw(`ls_any_fills_from_sys.${farMemory}`, 0x44, 0x40, 'L1 data cache fills from DRAM or MMIO of a different NUMA node: the ring read from remote memory', source)
    ];
}
/** Pure: the events for this CPU. Vendor-specific events only where the kernel's event list documents them. */
function chooseCounterEvents(cpu) {
    const events = genericEvents(cpu);
    const { vendor, family, model } = cpu;
    if (vendor === 'intel' && family === 6 && model !== null) {
        if (model === 0x55)
            return { cpu, events: [...events, ...intelSkylakeServer()], limits: null };
        if (model === 0x6a || model === 0x6c)
            return { cpu, events: [...events, ...intelIceLakeServer('icelakex')], limits: null };
        if (model === 0x8f)
            return { cpu, events: [...events, ...intelIceLakeServer('sapphirerapids')], limits: null };
    }
    if (vendor === 'amd' && family === 0x19 && model !== null) {
        // tools/perf/pmu-events/arch/x86/mapfile.csv: family 19h models 00-0F and 20-5F are Zen 3, the rest Zen 4.
        const zen3 = model <= 0x0f || (model >= 0x20 && model <= 0x5f);
        return { cpu, events: [...events, ...amdFills(zen3 ? 3 : 4)], limits: null };
    }
    const identity = `${vendor} family ${family ?? '?'} model ${model === null ? '?' : `0x${model.toString(16)}`}`;
    return {
        cpu,
        events,
        limits: `no remote-cache event is chosen for ${identity}: only the generic events are counted. ` +
            'Run `perf list` there and pass the remote-HITM / far-cache events through NUMA_SPSC_BENCH_PERF_EVENTS'
    };
}
/** The driver's environment variable for a choice: "name=type:config,...". */
function counterEnvironment(choice) {
    const spec = choice.events.map((event) => `${event.name}=${event.type}:0x${event.config.toString(16)}`).join(',');
    return { [PERF_EVENTS_VARIABLE]: spec };
}
function parseVendor(vendorId, modelName) {
    const text = `${vendorId ?? ''} ${modelName ?? ''}`;
    if (/GenuineIntel|\bIntel\b/.test(text))
        return 'intel';
    if (/AuthenticAMD|\bAMD\b/.test(text))
        return 'amd';
    return 'other';
}
/** Pure: the identity of the first processor in a /proc/cpuinfo text. */
function cpuIdentityFromCpuinfo(text) {
    const firstProcessor = text.split(/\n\s*\n/)[0];
    const fields = new Map();
    for (const line of firstProcessor.split('\n')) {
        const colon = line.indexOf(':');
        if (colon > 0)
            fields.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    }
    const number = (key) => {
        const value = fields.get(key);
        return value !== undefined && /^\d+$/.test(value) ? Number(value) : null;
    };
    const modelName = fields.get('model name') ?? null;
    return { vendor: parseVendor(fields.get('vendor_id'), modelName), family: number('cpu family'), model: number('model'), modelName };
}
/** Pure: what the report can tell from the model name alone (results files record cpuModel, not family and model). */
function cpuIdentityFromModelName(modelName) {
    const vendor = parseVendor(undefined, modelName);
    // Every AMD part with "EPYC" or "Ryzen" in its name is family 17h or later (Zen).
    const family = vendor === 'amd' && /EPYC|Ryzen|Threadripper/.test(modelName ?? '') ? 0x17 : null;
    return { vendor, family, model: null, modelName };
}
/** This machine's identity; a missing /proc/cpuinfo gives an unknown CPU, whose choice is the generic events. */
function readCpuIdentity(path = '/proc/cpuinfo') {
    let text = '';
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        // Not Linux or no procfs: the generic events, named as unknown.
    }
    return cpuIdentityFromCpuinfo(text);
}
/** Every event this module may choose, for naming the counts a results file holds. */
function catalogue(cpu) {
    return [
        ...genericEvents(cpu),
        ...intelSkylakeServer(),
        ...intelIceLakeServer('sapphirerapids'),
        ...amdFills(4),
        ...amdFills(3)
    ];
}
/** Pure: the meaning and source of a counted event on this CPU, or null for a name this module never chooses. */
function describeEvent(name, cpu) {
    return catalogue(cpu).find((event) => event.name === name) ?? null;
}

;// CONCATENATED MODULE: ./src/topology/cpulist.ts
/**
 * The two ways the kernel prints a CPU set: a list ("0-3,8,10-15:2/4", bitmap_parselist) and a hex mask
 * ("00000000,0000ff0f", comma-separated 32-bit groups, most significant first). Both tolerate the "\n\0" endings some
 * sysfs files carry.
 */
class CpuSetSyntaxError extends Error {
    name = 'CpuSetSyntaxError';
}
function cleanSysfsText(text) {
    return text.replace(/\0/g, '').trim();
}
const RANGE = /^(\d+)(?:-(\d+)(?::(\d+)\/(\d+))?)?$/;
/** Above Linux's largest NR_CPUS (8192) with room to spare; a larger id is a corrupt file, not a machine. */
const MAX_CPU_ID = 65535;
/**
 * Parses a kernel cpulist as bitmap_parselist does: items separated by commas or white space (empty items skipped),
 * each a single id, a range "a-b" or a strided range "a-b:used/group" (the first `used` of every `group` ids).
 * Returns ascending unique ids. The keywords "N" and "all" need the bitmap width and never appear in sysfs output.
 */
function parseCpuList(text, source = 'cpulist') {
    const cleaned = cleanSysfsText(text);
    const cpus = new Set();
    for (const item of cleaned.split(/[\s,]+/).filter((part) => part !== '')) {
        const match = RANGE.exec(item);
        if (match === null)
            throw new CpuSetSyntaxError(`${source}: "${cleaned}" is not a cpulist (bad item "${item}")`);
        const first = Number(match[1]);
        const last = match[2] === undefined ? first : Number(match[2]);
        const used = match[3] === undefined ? last - first + 1 : Number(match[3]);
        const group = match[4] === undefined ? last - first + 1 : Number(match[4]);
        if (last < first || group < 1 || used > group) {
            throw new CpuSetSyntaxError(`${source}: "${cleaned}" is not a cpulist (bad range "${item}")`);
        }
        if (last > MAX_CPU_ID) {
            throw new CpuSetSyntaxError(`${source}: "${item}" names CPU ${last}, beyond the largest id ${MAX_CPU_ID}`);
        }
        for (let start = first; start <= last; start += group) {
            for (let cpu = start; cpu < start + used && cpu <= last; cpu++)
                cpus.add(cpu);
        }
    }
    return [...cpus].sort((a, b) => a - b);
}
/** Parses a kernel hex cpumask of any width. Returns ascending ids. */
function parseCpuMask(text, source = 'cpumap') {
    const cleaned = cleanSysfsText(text);
    if (cleaned === '')
        return [];
    const groups = cleaned.split(',');
    if (groups.length * 32 > MAX_CPU_ID + 1) {
        throw new CpuSetSyntaxError(`${source}: a cpumask of ${groups.length * 32} bits is wider than ${MAX_CPU_ID + 1}`);
    }
    const cpus = [];
    groups.reverse().forEach((group, index) => {
        if (!/^[0-9a-fA-F]{1,8}$/.test(group)) {
            throw new CpuSetSyntaxError(`${source}: "${cleaned}" is not a hex cpumask (bad group "${group}")`);
        }
        const bits = parseInt(group, 16);
        for (let bit = 0; bit < 32; bit++) {
            if (bits & (1 << bit))
                cpus.push(index * 32 + bit);
        }
    });
    return cpus.sort((a, b) => a - b);
}
/** Formats ascending or unordered ids as the shortest kernel cpulist ("0-3,8,10-11"). */
function cpulist_formatCpuList(cpus) {
    const sorted = [...new Set(cpus)].sort((a, b) => a - b);
    const parts = [];
    for (let index = 0; index < sorted.length;) {
        let end = index;
        while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1)
            end++;
        parts.push(end === index ? `${sorted[index]}` : `${sorted[index]}-${sorted[end]}`);
        index = end + 1;
    }
    return parts.join(',');
}
/** Formats ids as a kernel hex cpumask with `width` bits (rounded up to whole 32-bit groups). */
function formatCpuMask(cpus, width) {
    const groups = new Array(Math.max(1, Math.ceil(width / 32))).fill(0);
    for (const cpu of cpus)
        groups[Math.floor(cpu / 32)] = (groups[Math.floor(cpu / 32)] | (1 << (cpu % 32))) >>> 0;
    return groups
        .reverse()
        .map((group) => group.toString(16).padStart(8, '0'))
        .join(',');
}

;// CONCATENATED MODULE: ./src/topology/sysfs.ts
/** Reading a (possibly fake) root: every failure names the file, so a broken tree is diagnosable from the message. */



class TopologyError extends Error {
    name = 'TopologyError';
}
class SysfsTree {
    root;
    constructor(root) {
        this.root = root;
    }
    path(relative) {
        return (0,external_node_path_.join)(this.root, relative);
    }
    exists(relative) {
        return (0,external_node_fs_.existsSync)(this.path(relative));
    }
    isDirectory(relative) {
        return this.exists(relative) && (0,external_node_fs_.statSync)(this.path(relative)).isDirectory();
    }
    /** The names in a directory, sorted, or null when it does not exist. */
    entries(relative) {
        return this.isDirectory(relative) ? (0,external_node_fs_.readdirSync)(this.path(relative)).sort() : null;
    }
    /** Entries of a directory whose names match /^prefix(\d+)$/, as ascending numbers. */
    numberedEntries(relative, prefix) {
        if (!this.isDirectory(relative))
            return [];
        const pattern = new RegExp(`^${prefix}(\\d+)$`);
        return (0,external_node_fs_.readdirSync)(this.path(relative))
            .map((name) => pattern.exec(name)?.[1])
            .filter((id) => id !== undefined)
            .map(Number)
            .sort((a, b) => a - b);
    }
    /** The file's text without NUL bytes and surrounding white space, or null when it does not exist. */
    text(relative) {
        if (!this.exists(relative))
            return null;
        try {
            return cleanSysfsText((0,external_node_fs_.readFileSync)(this.path(relative), 'utf8'));
        }
        catch (error) {
            throw new TopologyError(`${this.path(relative)}: cannot be read (${error.message})`);
        }
    }
    integer(relative) {
        const text = this.text(relative);
        if (text === null)
            return null;
        if (!/^-?\d+$/.test(text))
            throw new TopologyError(`${this.path(relative)}: "${text}" is not an integer`);
        return Number(text);
    }
    cpuList(relative) {
        const text = this.text(relative);
        return text === null ? null : this.parsed(() => parseCpuList(text, this.path(relative)));
    }
    /** A cpulist found inside another file (a status field, a boot parameter); `source` names where. */
    cpuListIn(text, source) {
        return this.parsed(() => parseCpuList(text, source));
    }
    cpuMask(relative) {
        const text = this.text(relative);
        return text === null ? null : this.parsed(() => parseCpuMask(text, this.path(relative)));
    }
    /** A CPU set from "<base>_list" (cpulist) or "<base>" (hex mask), whichever the kernel wrote. */
    cpuSet(listFile, maskFile) {
        return this.cpuList(listFile) ?? this.cpuMask(maskFile);
    }
    parsed(parse) {
        try {
            return parse();
        }
        catch (error) {
            if (error instanceof CpuSetSyntaxError)
                throw new TopologyError(error.message);
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/run/environment.ts
/** What moves numbers besides the code: recorded once per run so two runs can be told apart. */




/**
 * The environment at the start of a run. The compiler and its flags come from the caller (the native build knows
 * them); loadAverageEnd and finishedAt are filled in when the run ends.
 */
function captureEnvironment(topology, root = '/', cwd = process.cwd()) {
    const now = new Date().toISOString();
    return {
        hostname: (0,external_node_os_.hostname)(),
        kernel: (0,external_node_os_.release)(),
        cpuModel: topology.cpuModel,
        virtualized: topology.virtualized,
        governor: governorOf(topology, root),
        numaBalancing: topology.kernel.numaBalancing,
        transparentHugepages: topology.kernel.transparentHugepages,
        compiler: null,
        compilerFlags: null,
        loadAverageStart: (0,external_node_os_.loadavg)(),
        loadAverageEnd: (0,external_node_os_.loadavg)(),
        gitCommit: gitCommit(cwd),
        startedAt: now,
        finishedAt: now
    };
}
/** The scaling governor of the CPUs this process may use; several distinct ones are listed, e.g. "performance,powersave". */
function governorOf(topology, root) {
    const tree = new SysfsTree(root);
    const governors = new Set();
    for (const cpu of topology.allowedCpus) {
        // No cpufreq driver for this CPU (common in VMs): nothing to record.
        const governor = tree.text(`sys/devices/system/cpu/cpu${cpu}/cpufreq/scaling_governor`);
        if (governor !== null)
            governors.add(governor);
    }
    return governors.size === 0 ? null : [...governors].sort().join(',');
}
function gitCommit(cwd) {
    try {
        const commit = (0,external_node_child_process_.execFileSync)('git', ['rev-parse', 'HEAD'], {
            cwd,
            // git may run programs the checkout's configuration names (fsmonitor): they get the allow-list, and a limit.
            env: childEnvironment(),
            timeout: 10_000,
            stdio: ['ignore', 'pipe', 'ignore'],
            encoding: 'utf8'
        });
        return /^[0-9a-f]{40,64}$/.test(commit.trim()) ? commit.trim() : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/common/random.ts
/** The one seeded pseudo-random generator of the tool: run orders, bootstrap resamples and synthetic test data. */
const TWO_TO_THE_32 = 2 ** 32;
/** Outputs thrown away after seeding, so that nearby seeds (1, 2, 3, …) have diverged before the first value is used. */
const WARM_UP_ROUNDS = 16;
/**
 * A generator of uniform numbers in [0, 1) from a whole-number seed of up to 53 bits (any safe integer from 0 to
 * 2^53 − 1), so a seed taken from a CI run id or the clock is used whole: seeds that differ only above bit 32 give
 * different streams. The generator is sfc32 (Chris Doty-Humphrey's small fast counting generator, 128 bits of state,
 * a counter guaranteeing a period of at least 2^32): the seed's low and high 32 bits fill two state words. The same
 * seed gives the same stream on any machine.
 */
function seededRandom(seed) {
    if (!Number.isSafeInteger(seed) || seed < 0) {
        throw new Error(`seededRandom: seed is ${seed}, expected a whole number from 0 to ${Number.MAX_SAFE_INTEGER} (2^53 − 1)`);
    }
    let a = seed >>> 0;
    let b = Math.floor(seed / TWO_TO_THE_32) >>> 0;
    let c = 0x9e3779b9;
    let d = 1;
    const next = () => {
        const t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (c << 21) | (c >>> 11);
        c = (c + t) | 0;
        return (t >>> 0) / TWO_TO_THE_32;
    };
    for (let round = 0; round < WARM_UP_ROUNDS; round++)
        next();
    return next;
}
/**
 * A 32-bit FNV-1a hash of a text: turns a cell key or a figure label into a seed, so a bootstrap interval is the same
 * every time the same data is analysed.
 */
function hashSeed(text) {
    let hash = 0x811c9dc5;
    for (let index = 0; index < text.length; index++) {
        hash ^= text.charCodeAt(index);
        hash = Math.imul(hash, 0x01000193);
    }
    return hash >>> 0;
}

;// CONCATENATED MODULE: ./src/run/order.ts
/**
 * The seeded run order, in blocks: one block holds one sample of every cell (an A/B run's base and head cells are
 * separate cells), in a fresh random order per block. Whatever moves the machine for a while (a host phase, a
 * neighbour's job, frequency) then touches every cell of that block alike, so base and head of one block form a pair,
 * and a run stopped between blocks leaves every cell with the same number of samples.
 */

/**
 * The cell orders of successive blocks from one seed: call it once per block. Blocks go on as long as the runner asks
 * (a budget-filling A/B run does not know its block count in advance); the first n blocks are the same for any n.
 */
function blockOrders(cellCount, seed) {
    const random = seededRandom(seed);
    return () => {
        const order = Array.from({ length: cellCount }, (_, index) => index);
        for (let index = order.length - 1; index > 0; index--) {
            const other = Math.floor(random() * (index + 1));
            [order[index], order[other]] = [order[other], order[index]];
        }
        return order;
    };
}

;// CONCATENATED MODULE: ./src/run/types.ts
/** 2: samples carry their block, cells their A/B variant, the run what a deadline left out. Version 1 still reads. */
const RESULTS_SCHEMA_VERSION = 2;

;// CONCATENATED MODULE: ./src/run/runner.ts
/**
 * Runs a plan in blocks: every sample a fresh process, one sample of every cell per block in a fresh seeded order,
 * each failure recorded, never fatal. A deadline (the budget) is kept by never starting a block or a sample that
 * cannot finish before it; a run cut short keeps whole blocks only, so every cell has the same blocks.
 */











async function runPlan(plan, options) {
    checkRunnable(plan, options);
    const environment = { ...captureEnvironment(options.topology, options.root), ...options.environment };
    const counterEvents = options.counterEvents ?? counterEnvironment(chooseCounterEvents(readCpuIdentity()));
    const deadline = options.deadline ?? Date.now() + plan.budgetSeconds * 1000;
    const cells = plan.cells.map((cell) => ({ cell, samples: [] }));
    const nextOrder = blockOrders(plan.cells.length, options.seed ?? plan.seed);
    const clock = new SampleClock(plan.cells);
    let position = 0;
    let stop = null;
    let interrupted = false;
    blocks: for (let block = 0; block < plan.repetitions || options.fillBudget === true; block++) {
        const order = nextOrder();
        const blockSeconds = order.reduce((sum, index) => sum + clock.estimate(index), 0);
        const left = (deadline - Date.now()) / 1000;
        if (blockSeconds > left) {
            if (block < plan.repetitions) {
                const detail = `the next block needs about ${seconds(blockSeconds)}, ${seconds(left)} were left`;
                stop = { reason: 'deadline', detail, samplesDropped: 0 };
            }
            break;
        }
        // A budget-filling run does not know its block count: the progress total is what the time left holds.
        const blocksInSight = options.fillBudget === true ? block + Math.floor(left / Math.max(blockSeconds, 1e-3)) : 0;
        const taken = [];
        for (const cellIndex of order) {
            if (options.signal?.aborted) {
                interrupted = true;
                break blocks;
            }
            const sampleLeft = (deadline - Date.now()) / 1000;
            if (clock.estimate(cellIndex) > sampleLeft) {
                // The block ran slower than estimated: its samples so far are dropped so no cell gets an extra one. A block
                // beyond the planned ones (filling the budget) leaves nothing of the plan out.
                for (const index of taken)
                    cells[index].samples.pop();
                if (block < plan.repetitions) {
                    stop = {
                        reason: 'deadline',
                        detail: `block ${block + 1} ran slower than estimated and could not finish before the deadline`,
                        samplesDropped: taken.length
                    };
                }
                break blocks;
            }
            const cell = plan.cells[cellIndex];
            const command = commandFor(cell, options);
            const timeoutMs = options.timeoutMs ?? sampleTimeoutMs(cell);
            const started = Date.now();
            const outcome = await launch(command.argv, cell.subject === 'subject' ? { ...counterEvents, ...subjectEnvironment(cell) } : counterEvents, timeoutMs, options.signal, command.cwd);
            // Killed for our stop, or dead of a SIGINT someone sent it: either way interrupted, not measured.
            if (outcome.aborted || outcome.signal === 'SIGINT') {
                interrupted = true;
                break blocks;
            }
            clock.observe(cellIndex, (Date.now() - started) / 1000);
            const sample = sampleOf(cell, outcome, {
                block,
                order: position,
                source: `${cell.subject === 'subject' ? 'subject' : 'driver'} output for ${describeCell(cell)} (block ${block + 1})`,
                timeoutMs
            });
            position++;
            cells[cellIndex].samples.push(sample);
            taken.push(cellIndex);
            const total = Math.max(plan.repetitions, blocksInSight) * plan.cells.length;
            options.onProgress?.(position, total, sample, cell);
        }
    }
    if (interrupted)
        stop = { reason: 'interrupted', detail: 'stopped by Ctrl-C or a cancelled job', samplesDropped: 0 };
    return {
        schemaVersion: RESULTS_SCHEMA_VERSION,
        tool: { name: 'numa-spsc-bench', version: toolVersion() },
        topology: options.topology,
        plan,
        environment: { ...environment, loadAverageEnd: (0,external_node_os_.loadavg)(), finishedAt: new Date().toISOString() },
        cells,
        interrupted,
        stoppedEarly: stop === null ? null : leftOut(plan, cells, stop)
    };
}
function leftOut(plan, cells, stop) {
    const kept = cells.reduce((sum, result) => sum + result.samples.length, 0);
    return {
        ...stop,
        blocksPlanned: plan.repetitions,
        blocksTaken: Math.min(...cells.map((result) => result.samples.length)),
        samplesLeftOut: Math.max(0, plan.repetitions * plan.cells.length - kept - stop.samplesDropped)
    };
}
function checkRunnable(plan, options) {
    for (const cell of plan.cells) {
        if (cell.subject !== 'subject')
            continue;
        const argv = cell.variant === null ? options.subjectCommand : options.variantCommands?.[cell.variant].argv;
        if (argv === undefined || argv.length === 0) {
            throw new Error(cell.variant === null
                ? 'run: the plan has subject cells but no subject command was given (subject-command)'
                : `run: the plan has ${cell.variant} cells but no ${cell.variant} command was given`);
        }
    }
    if (plan.cells.some((cell) => cell.subject === 'reference') && !(0,external_node_fs_.existsSync)(options.binary)) {
        throw new Error(`run: the native driver ${options.binary} does not exist; build native/ first`);
    }
}
function commandFor(cell, options) {
    if (cell.subject !== 'subject')
        return { argv: [options.binary, ...driverArgs(cell)] };
    const command = cell.variant === null
        ? { argv: options.subjectCommand ?? [] }
        : options.variantCommands[cell.variant];
    return { argv: [...command.argv, ...driverArgs(cell)], cwd: command.cwd };
}
function describeCell(cell) {
    return cell.variant === null ? cell.key : `${cell.key} (${cell.variant})`;
}
function seconds(value) {
    return `${Math.max(0, value).toFixed(1)} s`;
}
/**
 * How long a sample of each cell will take: its own last duration once one was measured, else the planner's
 * expectation scaled by how far this run's samples so far have been from theirs (a loaded machine, a slow subject).
 */
class SampleClock {
    cells;
    last;
    observedSum = 0;
    expectedSum = 0;
    constructor(cells) {
        this.cells = cells;
        this.last = cells.map(() => null);
    }
    estimate(index) {
        const scale = this.expectedSum > 0 ? this.observedSum / this.expectedSum : 1;
        return this.last[index] ?? expectedSeconds(this.cells[index]) * scale;
    }
    observe(index, seconds) {
        this.last[index] = seconds;
        this.observedSum += seconds;
        this.expectedSum += expectedSeconds(this.cells[index]);
    }
}
/** The version in our package.json, found upwards from this module (src/run/ in a checkout, dist/ when bundled). */
function toolVersion() {
    let directory = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        const candidate = (0,external_node_path_.join)(directory, 'package.json');
        if ((0,external_node_fs_.existsSync)(candidate)) {
            try {
                const manifest = JSON.parse((0,external_node_fs_.readFileSync)(candidate, 'utf8'));
                if (manifest.name === 'numa-spsc-bench' && typeof manifest.version === 'string')
                    return manifest.version;
            }
            catch {
                // Not our manifest (or unreadable): keep looking upwards.
            }
        }
        const parent = (0,external_node_path_.dirname)(directory);
        if (parent === directory)
            return 'unknown';
        directory = parent;
    }
}

;// CONCATENATED MODULE: ./schema/results.schema.json
const results_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/numa-spsc-bench/numa-spsc-bench/schema/results.schema.json","title":"numa-spsc-bench results.json","description":"One run: the machine, the plan, the environment and every raw sample of every cell. Unknown extra fields are allowed so newer writers can add optional data.","definitions":{"topology":{"type":"object","required":["root","numaCapable","nodes","distances","packages","dies","cores","pus","smt","cpus","l3Domains","allowedCpus","cpuModel","virtualized","kernel","fingerprint","warnings"],"properties":{"root":{"type":"string"},"numaCapable":{"type":"boolean"},"nodes":{"type":"array","items":{"type":"object","required":["id","cpus","memoryMiB"],"properties":{"id":{"type":"integer"},"cpus":{"type":"array","items":{"type":"integer"}},"memoryMiB":{"type":["number","null"]}}}},"distances":{"type":["array","null"],"items":{"type":"array","items":{"type":"number"}}},"packages":{"type":["integer","null"]},"dies":{"type":"integer"},"cores":{"type":["integer","null"]},"pus":{"type":"integer"},"smt":{"type":"boolean"},"cpus":{"type":"array","items":{"type":"object","required":["id","node","package","die","core","l3","siblings"],"properties":{"id":{"type":"integer"},"node":{"type":["integer","null"]},"package":{"type":["integer","null"]},"die":{"type":"integer"},"core":{"type":["integer","null"]},"l3":{"type":["integer","null"]},"siblings":{"type":"array","items":{"type":"integer"}}}}},"l3Domains":{"type":"array","items":{"type":"array","items":{"type":"integer"}}},"allowedCpus":{"type":"array","items":{"type":"integer"}},"cpuModel":{"type":["string","null"]},"virtualized":{"type":"boolean"},"kernel":{"type":"object","required":["numaBalancing","transparentHugepages","transparentHugepagesDefrag"],"properties":{"numaBalancing":{"type":["string","null"]},"transparentHugepages":{"type":["string","null"]},"transparentHugepagesDefrag":{"type":["string","null"]}}},"fingerprint":{"type":"string"},"warnings":{"type":"array","items":{"type":"string"}}}},"cell":{"type":"object","required":["key","subject","mode","placementClass","producerCpu","consumerCpu","pinned","memoryHome","memoryNode","padding","capacity","payload","messages","warmupMessages"],"properties":{"key":{"type":"string","minLength":1},"subject":{"description":"The implementation measured: the reference ring, the batched ring or the user\'s subject.","enum":["reference","batched","subject"]},"variant":{"description":"A/B runs: which side the cell measures; null in ordinary runs.","enum":["base","head",null]},"mode":{"enum":["throughput","pingpong","same-thread"]},"placementClass":{"enum":["smt-sibling","same-l3","same-node","same-package","cross-package","unpinned"]},"producerCpu":{"type":["integer","null"]},"consumerCpu":{"type":["integer","null"]},"pinned":{"type":"boolean"},"memoryHome":{"enum":["producer","consumer","other","first-touch"]},"memoryNode":{"type":["integer","null"]},"padding":{"type":"integer","minimum":0},"capacity":{"type":"integer","minimum":1},"payload":{"type":"integer","minimum":1},"messages":{"type":"integer","minimum":1},"warmupMessages":{"type":"integer","minimum":0},"batch":{"description":"Batched cells: messages per published index.","type":"integer","minimum":1},"expectedSeconds":{"type":"number","minimum":0}}},"plan":{"type":"object","required":["cells","repetitions","seed","budgetSeconds","estimatedSeconds","dropped","unavailableClasses"],"properties":{"cells":{"type":"array","items":{"$ref":"#/definitions/cell"}},"repetitions":{"type":"integer","minimum":1},"seed":{"type":"number"},"budgetSeconds":{"type":"number"},"estimatedSeconds":{"type":"number"},"costSource":{"enum":["cost-model","pilot"]},"pilotSeconds":{"type":"number","minimum":0},"dropped":{"type":"array","items":{"type":"object","required":["what","why"],"properties":{"what":{"type":"string"},"why":{"type":"string"}}}},"unavailableClasses":{"type":"array","items":{"type":"object","required":["name","reason"],"properties":{"name":{"enum":["smt-sibling","same-l3","same-node","same-package","cross-package"]},"reason":{"type":"string"}}}}}},"environment":{"type":"object","required":["hostname","kernel","cpuModel","virtualized","governor","numaBalancing","transparentHugepages","compiler","compilerFlags","loadAverageStart","loadAverageEnd","gitCommit","startedAt","finishedAt"],"properties":{"hostname":{"type":"string"},"kernel":{"type":"string"},"cpuModel":{"type":["string","null"]},"virtualized":{"type":"boolean"},"governor":{"type":["string","null"]},"numaBalancing":{"type":["string","null"]},"transparentHugepages":{"type":["string","null"]},"compiler":{"type":["string","null"]},"compilerFlags":{"type":["string","null"]},"loadAverageStart":{"type":"array","items":{"type":"number"}},"loadAverageEnd":{"type":"array","items":{"type":"number"}},"gitCommit":{"type":["string","null"]},"startedAt":{"type":"string"},"finishedAt":{"type":"string"}}},"sample":{"type":"object","required":["order","valid","invalidReasons","record"],"properties":{"block":{"description":"0-based block: one sample of every (cell, variant) per block.","type":"integer","minimum":0},"repetition":{"description":"Version 1 only: the sample\'s repetition, read as its block.","type":"integer","minimum":0},"order":{"type":"integer","minimum":0},"valid":{"type":"boolean"},"invalidReasons":{"type":"array","items":{"type":"string"}},"record":{"$ref":"#/definitions/recordOrNull"}}},"recordOrNull":{"description":"The driver\'s line as it printed it, or null when it printed none; one source: native-record.schema.json.","if":{"not":{"type":"null"}},"then":{"$ref":"native-record.schema.json"}},"stoppedEarly":{"type":["object","null"],"required":["reason","detail","blocksPlanned","blocksTaken","samplesLeftOut","samplesDropped"],"properties":{"reason":{"enum":["deadline","interrupted"]},"detail":{"type":"string"},"blocksPlanned":{"type":"integer","minimum":0},"blocksTaken":{"type":"integer","minimum":0},"samplesLeftOut":{"type":"integer","minimum":0},"samplesDropped":{"type":"integer","minimum":0}}}},"type":"object","required":["schemaVersion","tool","topology","plan","environment","cells","interrupted"],"properties":{"schemaVersion":{"description":"2 adds Cell.variant, Sample.block and stoppedEarly; version 1 files read with variant null and block = repetition.","enum":[1,2]},"tool":{"type":"object","required":["name","version"],"properties":{"name":{"const":"numa-spsc-bench"},"version":{"type":"string"}}},"topology":{"$ref":"#/definitions/topology"},"plan":{"$ref":"#/definitions/plan"},"environment":{"$ref":"#/definitions/environment"},"cells":{"type":"array","items":{"type":"object","required":["cell","samples"],"properties":{"cell":{"$ref":"#/definitions/cell"},"samples":{"type":"array","items":{"$ref":"#/definitions/sample"}}}}},"interrupted":{"type":"boolean"},"stoppedEarly":{"$ref":"#/definitions/stoppedEarly"},"timing":{"type":"object","required":["budgetSeconds","estimatedSeconds","actualSeconds","buildSeconds"],"properties":{"budgetSeconds":{"type":"number","minimum":0},"estimatedSeconds":{"type":"number","minimum":0},"actualSeconds":{"type":"number","minimum":0},"buildSeconds":{"type":"number","minimum":0}}}},"allOf":[{"if":{"properties":{"schemaVersion":{"const":2}}},"then":{"required":["stoppedEarly"],"properties":{"cells":{"type":"array","items":{"properties":{"cell":{"required":["variant"]},"samples":{"items":{"required":["block"]}}}}},"plan":{"properties":{"cells":{"items":{"required":["variant"]}}}}}}},{"if":{"properties":{"schemaVersion":{"const":1}}},"then":{"properties":{"cells":{"type":"array","items":{"properties":{"samples":{"items":{"required":["repetition"]}}}}}}}}]}');
;// CONCATENATED MODULE: ./src/run/results.ts
/**
 * results.json: validated against schema/results.schema.json on every read, written atomically so a failed or
 * interrupted write never leaves half a file where a good one was. Writing does not validate: what is written was
 * built from typed values and driver lines already checked where they were read.
 */







const RESULTS_FILE_NAME = 'results.json';
// results.schema.json refers to the driver line's own schema for each sample's record.
const results_validator = new ajv.Ajv({
    allErrors: false,
    strict: false,
    schemas: [native_record_schema_namespaceObject]
}).compile(results_schema_namespaceObject);
function validateResults(value, source) {
    const version = value?.schemaVersion;
    if (typeof version === 'number' && version > RESULTS_SCHEMA_VERSION) {
        throw new Error(`${source}: schemaVersion ${version} was written by a newer numa-spsc-bench; this version reads ` +
            `schemaVersion ${RESULTS_SCHEMA_VERSION}. Update numa-spsc-bench to read it.`);
    }
    if (!results_validator(value))
        throw new Error(`${source}: ${results_describe(results_validator.errors?.[0])}`);
    return rederiveValidity(version === 1 ? fromVersion1(value) : value);
}
/** Version 1 had no A/B variants and called a sample's block its repetition (one sample per cell per round). */
function fromVersion1(old) {
    return {
        ...old,
        schemaVersion: RESULTS_SCHEMA_VERSION,
        plan: { ...old.plan, cells: old.plan.cells.map((cell) => ({ ...cell, variant: null })) },
        cells: old.cells.map(({ cell, samples }) => ({
            cell: { ...cell, variant: null },
            samples: samples.map(({ repetition, ...sample }) => ({ ...sample, block: repetition }))
        })),
        stoppedEarly: null
    };
}
function results_describe(error) {
    if (error === undefined)
        return 'does not match schema/results.schema.json';
    const path = error.instancePath === '' ? '(top level)' : error.instancePath;
    const allowed = error.keyword === 'enum' ? ` (${error.params.allowedValues.join(', ')})` : '';
    const expected = error.keyword === 'const' ? ` ${JSON.stringify(error.params.allowedValue)}` : '';
    return `${path} ${error.message ?? 'is invalid'}${allowed}${expected}`;
}
function results_readResultsFile(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new Error(code === 'ENOENT' ? `${path}: no such results file` : `${path}: cannot be read: ${error.message}`, { cause: error });
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${path}: not valid JSON: ${error.message}`, { cause: error });
    }
    return validateResults(value, path);
}
/** Writes DIR/results.json (creating DIR) through a temporary file and a rename; returns the path written. */
function results_writeResultsFile(directory, results) {
    const path = (0,external_node_path_.join)(directory, RESULTS_FILE_NAME);
    (0,external_node_fs_.mkdirSync)(directory, { recursive: true });
    const temporary = (0,external_node_path_.join)(directory, `.${RESULTS_FILE_NAME}.${process.pid}.${Date.now()}.tmp`);
    try {
        (0,external_node_fs_.writeFileSync)(temporary, `${JSON.stringify(results, null, 2)}\n`);
        (0,external_node_fs_.renameSync)(temporary, path);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temporary, { force: true });
        throw new Error(`${path}: could not write results: ${error.message}`, { cause: error });
    }
    return path;
}

;// CONCATENATED MODULE: ./src/common/text.ts
/** Plain-text tables for terminal output: each column as wide as its widest field, two spaces apart. */
function text_alignColumns(rows) {
    const widths = [];
    for (const row of rows)
        row.forEach((field, column) => (widths[column] = Math.max(widths[column] ?? 0, field.length)));
    return rows.map((row) => row
        .map((field, column) => field.padEnd(widths[column]))
        .join('  ')
        .trimEnd());
}

;// CONCATENATED MODULE: ./src/run/summary.ts

function summarizeRun(results) {
    const samples = results.cells.flatMap((result) => result.samples);
    const invalid = samples.filter((sample) => !sample.valid).length;
    const invalidCells = results.cells.filter((result) => result.samples.some((sample) => !sample.valid)).length;
    const planned = results.plan.cells.length * results.plan.repetitions;
    const lines = [
        `${results.cells.length} cells, ${samples.length} of ${planned} samples taken` +
            `${results.interrupted ? ' (interrupted)' : ''}, ${invalid} invalid in ${invalidCells} cell(s)`
    ];
    const stopped = results.stoppedEarly;
    if (stopped !== null) {
        lines.push(`stopped early (${stopped.reason}): ${stopped.detail}; ${stopped.blocksTaken} of ${stopped.blocksPlanned} ` +
            `blocks taken, ${stopped.samplesLeftOut} samples never started, ${stopped.samplesDropped} dropped`);
    }
    const rows = rowsOf(results.cells);
    if (rows.length > 0) {
        const table = [
            ['', 'throughput', 'same-thread', 'round trip p50 / p99'],
            ...rows.map((row) => [
                row.label,
                rate(row.throughput),
                rate(row.sameThread),
                row.rttP50.length === 0 ? '-' : `${nanoseconds(median(row.rttP50))} / ${nanoseconds(median(row.rttP99))}`
            ])
        ];
        lines.push(...text_alignColumns(table));
        lines.push('Medians over the valid samples of each class (throughput in messages per second).');
    }
    for (const result of results.cells) {
        const reasons = new Set(result.samples.filter((sample) => !sample.valid).flatMap((sample) => sample.invalidReasons));
        if (reasons.size > 0)
            lines.push(`invalid: ${result.cell.key}: ${[...reasons].slice(0, 3).join('; ')}`);
    }
    return `${lines.join('\n')}\n`;
}
function labelOf(cell) {
    const where = cell.mode === 'same-thread' && cell.pinned ? 'one CPU' : cell.placementClass;
    return `${cell.subject} ${where}`;
}
function rowsOf(cells) {
    const rows = new Map();
    for (const { cell, samples } of cells) {
        const label = labelOf(cell);
        const row = rows.get(label) ?? { label, throughput: [], sameThread: [], rttP50: [], rttP99: [] };
        rows.set(label, row);
        for (const sample of samples) {
            const results = sample.valid ? sample.record?.results : undefined;
            if (results === undefined)
                continue;
            if (results.messagesPerSecond !== null) {
                ;
                (cell.mode === 'same-thread' ? row.sameThread : row.throughput).push(results.messagesPerSecond);
            }
            if (results.rttNs !== null) {
                row.rttP50.push(results.rttNs.p50);
                row.rttP99.push(results.rttNs.p99);
            }
        }
    }
    return [...rows.values()];
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function rate(values) {
    if (values.length === 0)
        return '-';
    const value = median(values);
    if (value >= 1e9)
        return `${(value / 1e9).toFixed(2)} G/s`;
    if (value >= 1e6)
        return `${(value / 1e6).toFixed(1)} M/s`;
    if (value >= 1e3)
        return `${(value / 1e3).toFixed(1)} k/s`;
    return `${value.toFixed(0)} /s`;
}
function nanoseconds(value) {
    return value >= 1000 ? `${(value / 1000).toFixed(2)} µs` : `${Math.round(value)} ns`;
}

// EXTERNAL MODULE: ./node_modules/cli-progress/cli-progress.js
var cli_progress = __webpack_require__(8502);
var cli_progress_default = /*#__PURE__*/__webpack_require__.n(cli_progress);
;// CONCATENATED MODULE: ./src/run/progress.ts
/**
 * Progress of a run: a bar with an ETA on a terminal; in logs (CI) a plain line every few seconds, since a bar's
 * carriage returns turn into one unreadable line per redraw there.
 */

const MIN_SAMPLES_FOR_ETA = 3;
function createProgressReporter(options) {
    return options.isTTY ? barReporter(options) : lineReporter(options);
}
function barReporter(options) {
    const bar = new (cli_progress_default()).SingleBar({
        stream: options.stream ?? process.stderr,
        format: 'samples |{bar}| {value}/{total} | ETA {eta_formatted} | invalid {invalid} | {cell}',
        hideCursor: true,
        clearOnComplete: false
    }, (cli_progress_default()).Presets.shades_classic);
    let started = false;
    let invalid = 0;
    return {
        update: (done, total, sample, cell) => {
            if (!sample.valid)
                invalid++;
            if (!started) {
                bar.start(total, 0, { invalid, cell: '' });
                started = true;
            }
            bar.update(done, { invalid, cell: cell.key });
        },
        stop: () => {
            if (started)
                bar.stop();
        }
    };
}
function lineReporter(options) {
    const now = options.now ?? Date.now;
    const interval = options.intervalMs ?? 5000;
    const startedAt = now();
    let lastLine = startedAt;
    let invalid = 0;
    let last = null;
    let reported = -1;
    const write = (done, total) => {
        const elapsed = (now() - startedAt) / 1000;
        // One sample says little about the rest (it carries the first process start and page faults): no ETA before three.
        const left = done >= MIN_SAMPLES_FOR_ETA ? (elapsed / done) * (total - done) : null;
        const eta = left === null || done === total ? '' : `, about ${Math.ceil(left)} s left`;
        options.log(`progress: ${done}/${total} samples (${Math.floor((100 * done) / total)} %)${eta}, ${invalid} invalid`);
        reported = done;
        lastLine = now();
    };
    return {
        update: (done, total, sample) => {
            if (!sample.valid)
                invalid++;
            last = { done, total };
            if (now() - lastLine >= interval || done === total)
                write(done, total);
        },
        stop: () => {
            if (last !== null && reported !== last.done)
                write(last.done, last.total);
        }
    };
}

;// CONCATENATED MODULE: ./src/run/index.ts










;// CONCATENATED MODULE: ./src/baseline/record.ts
/**
 * What both stores share: the file layout, the record file format and its validation, and which record a lookup
 * picks. Layout, relative to the store's root (a directory, or the data branch's tree):
 *
 *   <fingerprint>/baseline.json                  the current baseline: the newest record saved for this hardware
 *   <fingerprint>/history/<name>.json            every record ever saved, one immutable file each
 *
 * A history file's name carries its metadata (time, commit, run id, ref), so listing and choosing a baseline read
 * names only and open a single file. Names sort by time.
 */



const BASELINE_RECORD_SCHEMA = 'numa-spsc-bench/baseline';
const BASELINE_RECORD_VERSION = 1;
const CURRENT_FILE_NAME = 'baseline.json';
const HISTORY_DIR_NAME = 'history';
/** A store file that cannot be used: corrupt, foreign or from a newer numa-spsc-bench. The file is left as it is. */
class BaselineFileError extends Error {
    location;
    name = 'BaselineFileError';
    constructor(location, problem) {
        super(`${location}: ${problem}; the file was left untouched`);
        this.location = location;
    }
}
const FINGERPRINT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** Fingerprints become folder names, so only a safe subset is accepted. */
function checkFingerprint(fingerprint, source) {
    if (!FINGERPRINT_PATTERN.test(fingerprint)) {
        throw new Error(`${source}: fingerprint "${fingerprint}" is not letters, digits, ".", "_" or "-" (at most 128)`);
    }
    return fingerprint;
}
function currentPath(fingerprint) {
    return `${fingerprint}/${CURRENT_FILE_NAME}`;
}
const recordSchema = {
    type: 'object',
    required: ['schema', 'schemaVersion', 'fingerprint', 'commitSha', 'ref', 'runId', 'savedAt', 'results'],
    additionalProperties: false,
    properties: {
        schema: { const: BASELINE_RECORD_SCHEMA },
        schemaVersion: { const: BASELINE_RECORD_VERSION },
        fingerprint: { type: 'string', pattern: FINGERPRINT_PATTERN.source },
        commitSha: { anyOf: [{ type: 'null' }, { type: 'string', pattern: '^[0-9a-f]{7,64}$' }] },
        ref: { anyOf: [{ type: 'null' }, { type: 'string', minLength: 1 }] },
        runId: { anyOf: [{ type: 'null' }, { type: 'string', minLength: 1 }] },
        savedAt: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$' },
        results: { type: 'object' }
    }
};
const validateRecordFile = new ajv.Ajv({ allErrors: false, strict: false }).compile(recordSchema);
function describeError(error) {
    if (error === undefined)
        return 'does not match the baseline record format';
    const path = error.instancePath === '' ? '(top level)' : error.instancePath;
    return `${path} ${error.message ?? 'is invalid'}`;
}
/**
 * Checks a record's metadata before it is written and returns the folder it is filed under. The results are not
 * validated again: they were validated where they were read (results.json from disk, driver lines from the process),
 * and decodeRecord validates what is read back.
 */
function checkRecord(record, source) {
    const fingerprint = checkFingerprint(record.results.topology.fingerprint, source);
    if (!validateRecordFile(recordFile(record))) {
        throw new Error(`${source} (not written): invalid record: ${describeError(validateRecordFile.errors?.[0])}`);
    }
    return fingerprint;
}
function recordFile(record) {
    return {
        schema: BASELINE_RECORD_SCHEMA,
        schemaVersion: BASELINE_RECORD_VERSION,
        fingerprint: record.results.topology.fingerprint,
        commitSha: record.commitSha,
        ref: record.ref,
        runId: record.runId,
        savedAt: record.savedAt,
        results: record.results
    };
}
function encodeRecord(record) {
    return `${JSON.stringify(recordFile(record), null, 2)}\n`;
}
/**
 * Reads a record file's text. Corrupt JSON, a file that is not a baseline record (foreign), a newer format and a
 * record filed under another fingerprint each get a BaselineFileError naming the location.
 */
function decodeRecord(text, location, expectedFingerprint) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new BaselineFileError(location, `corrupt: not valid JSON (${error.message})`);
    }
    const object = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
    if (object === null || object.schema !== BASELINE_RECORD_SCHEMA) {
        const found = object === null
            ? `a JSON ${Array.isArray(value) ? 'array' : typeof value}`
            : `"schema": ${JSON.stringify(object.schema ?? null)}`;
        throw new BaselineFileError(location, `not a numa-spsc-bench baseline record (expected "schema": "${BASELINE_RECORD_SCHEMA}", found ${found})`);
    }
    if (typeof object.schemaVersion === 'number' && object.schemaVersion > BASELINE_RECORD_VERSION) {
        throw new BaselineFileError(location, `schemaVersion ${object.schemaVersion} was written by a newer numa-spsc-bench; this version reads schemaVersion ` +
            `${BASELINE_RECORD_VERSION}. Update numa-spsc-bench to read it`);
    }
    if (!validateRecordFile(value))
        throw new BaselineFileError(location, `invalid record: ${describeError(validateRecordFile.errors?.[0])}`);
    let results;
    try {
        results = validateResults(value.results, 'results');
    }
    catch (error) {
        throw new BaselineFileError(location, `invalid results: ${error.message.replace(/^results: /, '')}`);
    }
    if (value.fingerprint !== expectedFingerprint || results.topology.fingerprint !== expectedFingerprint) {
        throw new BaselineFileError(location, `filed under fingerprint ${expectedFingerprint} but records fingerprint ${value.fingerprint} ` +
            `(results: ${results.topology.fingerprint})`);
    }
    return { results, commitSha: value.commitSha, ref: value.ref, runId: value.runId, savedAt: value.savedAt };
}
/** "2026-01-02T03:04:05.678Z" → "20260102T030405678Z": sortable and safe in file names. */
function compactTime(savedAt) {
    const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/.exec(savedAt);
    if (match === null)
        throw new Error(`savedAt: "${savedAt}" is not an ISO 8601 UTC time (YYYY-MM-DDTHH:MM:SS.sssZ)`);
    const [, year, month, day, hour, minute, second, millis = '0'] = match;
    return `${year}${month}${day}T${hour}${minute}${second}${millis.padEnd(3, '0')}Z`;
}
function expandTime(compact) {
    return `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}T${compact.slice(9, 11)}:${compact.slice(11, 13)}:${compact.slice(13, 15)}.${compact.slice(15, 18)}Z`;
}
// encodeURIComponent escapes "+", so "+" separates the fields; empty fields are null.
const HISTORY_NAME = /^(\d{8}T\d{9}Z)\+([0-9a-f]*)\+([^+/]*)\+([^+/]*)\+([0-9a-f]{8})\.json$/;
/** A new, unique history path for the record. */
function historyPath(fingerprint, record) {
    const name = [
        compactTime(record.savedAt),
        record.commitSha ?? '',
        encodeURIComponent(record.runId ?? ''),
        encodeURIComponent(record.ref ?? ''),
        (0,external_node_crypto_.randomBytes)(4).toString('hex')
    ].join('+');
    return `${fingerprint}/${HISTORY_DIR_NAME}/${name}.json`;
}
/**
 * History entries from store paths (relative to the root). Files outside <fingerprint>/history/ are not entries; a
 * file inside it whose name is not ours is reported, since a record there we cannot read may be one the user expects.
 */
function historyEntries(paths, describeLocation, fingerprint) {
    const entries = [];
    for (const path of paths) {
        const parts = path.split('/');
        if (parts.length !== 3 || parts[1] !== HISTORY_DIR_NAME || !FINGERPRINT_PATTERN.test(parts[0]))
            continue;
        if (fingerprint !== undefined && parts[0] !== fingerprint)
            continue;
        if (parts[2].startsWith('.'))
            continue;
        const match = HISTORY_NAME.exec(parts[2]);
        if (match === null) {
            throw new BaselineFileError(describeLocation(path), 'not a numa-spsc-bench history file (expected TIME+COMMIT+RUN+REF+ID.json as written by numa-spsc-bench)');
        }
        const [, time, commitSha, runId, ref] = match;
        entries.push({
            fingerprint: parts[0],
            savedAt: expandTime(time),
            commitSha: commitSha === '' ? null : commitSha,
            runId: runId === '' ? null : decodeURIComponent(runId),
            ref: ref === '' ? null : decodeURIComponent(ref),
            path
        });
    }
    return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** "refs/heads/main" and "main" name the same branch. */
function branchName(ref) {
    return ref.replace(/^refs\/heads\//, '');
}
function shortSha(sha) {
    return sha === null ? 'unknown commit' : sha.slice(0, 7);
}
function savedFrom(entry) {
    return `commit ${shortSha(entry.commitSha)}, saved ${entry.savedAt}${entry.runId === null ? '' : `, run ${entry.runId}`}`;
}
/**
 * The entries a history lookup reads: the newest `limit` of one fingerprint's entries (oldest first, as listed), newest
 * first; with a branch, only those saved from it, the same rule chooseBaseline's branch fallback follows.
 */
function newestEntries(entries, branch, limit) {
    if (!Number.isInteger(limit) || limit < 0)
        throw new Error(`history: limit is ${limit}, expected a whole number of records (0 or more)`);
    const wanted = branch === undefined || branch === null ? null : branchName(branch);
    const fromBranch = wanted === null ? entries : entries.filter((entry) => entry.ref !== null && branchName(entry.ref) === wanted);
    return [...fromBranch].reverse().slice(0, limit);
}
/**
 * The record a lookup uses, with the reason in words: the one measured on the merge-base commit when there is one,
 * else the newest saved from the branch, else (no branch asked) the newest saved at all. Entries must be one
 * fingerprint's, oldest first.
 */
function chooseBaseline(entries, query) {
    const newestFirst = [...entries].reverse();
    const mergeBase = query.mergeBaseSha?.toLowerCase() ?? null;
    if (mergeBase !== null && mergeBase.length >= 7) {
        const onMergeBase = newestFirst.find((entry) => entry.commitSha !== null && (entry.commitSha.startsWith(mergeBase) || mergeBase.startsWith(entry.commitSha)));
        if (onMergeBase !== undefined) {
            const where = onMergeBase.ref === null ? '' : ` on ${branchName(onMergeBase.ref)}`;
            return {
                entry: onMergeBase,
                source: `merge-base ${shortSha(onMergeBase.commitSha)}${where} (saved ${onMergeBase.savedAt})`
            };
        }
    }
    const notOnMergeBase = mergeBase === null ? '' : `; none saved for merge-base ${mergeBase.slice(0, 7)}`;
    if (query.branch !== undefined && query.branch !== null) {
        const branch = branchName(query.branch);
        const newest = newestFirst.find((entry) => entry.ref !== null && branchName(entry.ref) === branch);
        return newest === undefined
            ? null
            : { entry: newest, source: `newest on ${branch} (${savedFrom(newest)}${notOnMergeBase})` };
    }
    const newest = newestFirst[0];
    if (newest === undefined)
        return null;
    const from = newest.ref === null ? '' : ` from ${branchName(newest.ref)}`;
    return { entry: newest, source: `newest saved${from} (${savedFrom(newest)}${notOnMergeBase})` };
}

;// CONCATENATED MODULE: ./src/baseline/directory.ts
/**
 * The local directory store (default .numa-spsc-bench/): for the CLI and for users who commit a baseline to their
 * repository. History files are created with link(2), which fails rather than replace an existing file, and the
 * current baseline is replaced by rename(2), so a reader never sees half a file and a crash loses nothing stored.
 */




/** Beside baseline.json while a save decides whether to replace it. */
const CURRENT_LOCK_NAME = '.baseline.json.lock';
/** A save holds the lock for milliseconds; one this old was left by a process that died holding it. */
const LOCK_STALE_MS = 30_000;
const LOCK_WAIT_MS = 60_000;
function lockAge(lock) {
    try {
        return Date.now() - (0,external_node_fs_.statSync)(lock).mtimeMs;
    }
    catch {
        return null;
    }
}
function sleep(ms) {
    return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}
class DirectoryStore {
    root;
    constructor(root) {
        this.root = root;
    }
    describe() {
        return `directory ${this.root}`;
    }
    location(path) {
        return (0,external_node_path_.join)(this.root, path);
    }
    readText(path) {
        try {
            return (0,external_node_fs_.readFileSync)(this.location(path), 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return null;
            throw new Error(`${this.location(path)}: cannot be read: ${error.message}`, { cause: error });
        }
    }
    readRecord(path, fingerprint) {
        const text = this.readText(path);
        return text === null ? null : decodeRecord(text, this.location(path), fingerprint);
    }
    /** A record that list() just found; its absence now means something removed it underneath us. */
    readListedRecord(path, fingerprint) {
        const record = this.readRecord(path, fingerprint);
        if (record === null)
            throw new Error(`${this.location(path)}: disappeared while it was being read`);
        return record;
    }
    historyPaths(fingerprint) {
        if (!(0,external_node_fs_.existsSync)(this.root))
            return [];
        const fingerprints = fingerprint === undefined ? (0,external_node_fs_.readdirSync)(this.root) : [fingerprint];
        const paths = [];
        for (const name of fingerprints) {
            const historyDir = (0,external_node_path_.join)(this.root, name, HISTORY_DIR_NAME);
            if (!(0,external_node_fs_.existsSync)(historyDir) || !(0,external_node_fs_.statSync)(historyDir).isDirectory())
                continue;
            for (const file of (0,external_node_fs_.readdirSync)(historyDir))
                paths.push(`${name}/${HISTORY_DIR_NAME}/${file}`);
        }
        return paths;
    }
    async list(fingerprint) {
        if (fingerprint !== undefined)
            checkFingerprint(fingerprint, this.describe());
        return historyEntries(this.historyPaths(fingerprint), (path) => this.location(path), fingerprint);
    }
    async load(fingerprint, query) {
        const chosen = chooseBaseline(await this.list(fingerprint), query);
        if (chosen === null)
            return this.loadCommittedBaseline(fingerprint, query);
        const record = this.readListedRecord(chosen.entry.path, fingerprint);
        return { record, source: chosen.source, location: this.location(chosen.entry.path) };
    }
    async history(fingerprint, query, limit) {
        return newestEntries(await this.list(fingerprint), query.branch, limit).map((entry) => ({
            record: this.readListedRecord(entry.path, fingerprint),
            location: this.location(entry.path)
        }));
    }
    /** A baseline.json without history (copied in by hand) still serves lookups that ask for no particular branch. */
    loadCommittedBaseline(fingerprint, query) {
        if (query.branch !== undefined && query.branch !== null)
            return null;
        const record = this.readRecord(currentPath(fingerprint), fingerprint);
        if (record === null)
            return null;
        return {
            record,
            source: `the current baseline (saved ${record.savedAt}, no history)`,
            location: this.location(currentPath(fingerprint))
        };
    }
    async save(record) {
        const fingerprint = checkRecord(record, this.describe());
        // An unreadable current baseline stops the save before anything is written: it is the user's to look at.
        this.readRecord(currentPath(fingerprint), fingerprint);
        const text = encodeRecord(record);
        const historyFile = this.location(historyPath(fingerprint, record));
        this.writeNew(historyFile, text);
        // Reading the current baseline and replacing it is one step for concurrent savers (other processes included):
        // otherwise a slower saver of an older record could replace a newer one it read before that was written.
        await this.holdingLock(this.location(`${fingerprint}/${CURRENT_LOCK_NAME}`), () => {
            const current = this.readRecord(currentPath(fingerprint), fingerprint);
            if (current === null || current.savedAt <= record.savedAt)
                this.replace(this.location(currentPath(fingerprint)), text);
        });
        return historyFile;
    }
    /** Runs `body` while holding an exclusive lock file (created with O_EXCL); a lock older than LOCK_STALE_MS is broken. */
    async holdingLock(lock, body) {
        const started = Date.now();
        for (;;) {
            try {
                (0,external_node_fs_.writeFileSync)(lock, `${process.pid}\n`, { flag: 'wx' });
                break;
            }
            catch (error) {
                if (error.code !== 'EEXIST') {
                    throw new Error(`${lock}: could not create the lock: ${error.message}`, { cause: error });
                }
            }
            const age = lockAge(lock);
            if (age !== null && age > LOCK_STALE_MS)
                (0,external_node_fs_.rmSync)(lock, { force: true });
            else if (Date.now() - started > LOCK_WAIT_MS) {
                throw new Error(`${lock}: another save has held this lock for more than ${LOCK_WAIT_MS / 1000} s; if no numa-spsc-bench is ` +
                    'running, remove the file');
            }
            else
                await sleep(5 + Math.random() * 20);
        }
        try {
            body();
        }
        finally {
            (0,external_node_fs_.rmSync)(lock, { force: true });
        }
    }
    temporaryNextTo(path, text) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.tmp-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        (0,external_node_fs_.writeFileSync)(temporary, text, { flag: 'wx' });
        return temporary;
    }
    writeNew(path, text) {
        const temporary = this.temporaryNextTo(path, text);
        try {
            (0,external_node_fs_.linkSync)(temporary, path);
        }
        catch (error) {
            const exists = error.code === 'EEXIST';
            throw exists
                ? new BaselineFileError(path, 'already exists; history files are never replaced')
                : new Error(`${path}: could not write: ${error.message}`);
        }
        finally {
            (0,external_node_fs_.rmSync)(temporary, { force: true });
        }
    }
    replace(path, text) {
        const temporary = this.temporaryNextTo(path, text);
        try {
            (0,external_node_fs_.renameSync)(temporary, path);
        }
        catch (error) {
            (0,external_node_fs_.rmSync)(temporary, { force: true });
            throw new Error(`${path}: could not write: ${error.message}`, { cause: error });
        }
    }
}

;// CONCATENATED MODULE: ./src/baseline/git.ts
/**
 * The git data-branch store (default numa-spsc-bench-data), for the action: records live on an orphan branch of the
 * repository the action runs in. Everything goes through git plumbing in that repository with a private index file
 * and a private ref, so the user's working tree, index and branches are never touched:
 *
 *   fetch the branch into refs/numa-spsc-bench/<branch> → read-tree into a temporary index → add the record's blob
 *   → write-tree → commit-tree on the fetched tip → push without force.
 *
 * A push rejected because another writer got there first is retried after an exponential, jittered pause, from a
 * fresh fetch with the record applied again, so both writers' records end up on the branch.
 */





/** Who the data branch's commits are by: the tool, so a machine without git config can write. */
const GIT_IDENTITY = { name: 'numa-spsc-bench', email: 'numa-spsc-bench@users.noreply.github.com' };
const DEFAULT_RETRY = { attempts: 15, baseDelayMs: 250, maxDelayMs: 15000 };
class GitCommandError extends Error {
    args;
    result;
    name = 'GitCommandError';
    constructor(args, result, repoDir) {
        super(`git ${args.join(' ')} (in ${repoDir}) failed with exit code ${result.code}: ${result.stderr.trim() || result.stdout.trim()}`);
        this.args = args;
        this.result = result;
    }
}
/** The commands git runs for us get a fixed identity, English messages and no prompts. */
function gitEnvironment(extra) {
    return {
        ...process.env,
        GIT_AUTHOR_NAME: GIT_IDENTITY.name,
        GIT_AUTHOR_EMAIL: GIT_IDENTITY.email,
        GIT_COMMITTER_NAME: GIT_IDENTITY.name,
        GIT_COMMITTER_EMAIL: GIT_IDENTITY.email,
        GIT_TERMINAL_PROMPT: '0',
        LC_ALL: 'C',
        ...extra
    };
}
function runGit(repoDir, args, options = {}) {
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, {
            cwd: repoDir,
            env: gitEnvironment(options.env ?? {}),
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', (error) => reject(new Error(`git ${args[0]} (in ${repoDir}): could not start git: ${error.message}`)));
        child.on('close', (code) => resolvePromise({
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8'),
            code: code ?? 1
        }));
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}
async function git(repoDir, args, options = {}) {
    const result = await runGit(repoDir, args, options);
    if (result.code !== 0)
        throw new GitCommandError(args, result, repoDir);
    return result.stdout;
}
/** The merge-base of two commits, or null when git cannot tell (e.g. a shallow checkout without the history). */
async function findMergeBase(repoDir, base, head) {
    const result = await runGit(repoDir, ['merge-base', base, head]);
    return result.code === 0 ? result.stdout.trim() || null : null;
}
function git_sleep(ms) {
    return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}
/**
 * Why the remote refused a push for good: a protected branch or ruleset, a server-side hook, missing write permission.
 * Checked before lostRace, since GitHub reports a protected branch as "[remote rejected]" too.
 */
const REFUSALS = [
    { pattern: /protected branch|GH006|GH013|repository rule violations/i, reason: 'the branch is protected' },
    { pattern: /hook declined/i, reason: 'a hook on the remote declined it' },
    {
        pattern: /permission to \S+ denied|permission denied|write access to repository not granted|error: 403|\b403\b/i,
        reason: 'these credentials may not push to the repository'
    }
];
function pushRefusal(output) {
    const refusal = REFUSALS.find(({ pattern }) => pattern.test(output));
    if (refusal === undefined) {
        // Any other "[remote rejected] (reason)" than a ref another push held or moved is the remote's decision too.
        const rejected = /\[remote rejected\][^(\n]*\(([^)\n]*)\)/.exec(output);
        if (rejected === null || lostRace(rejected[1]))
            return null;
        return { reason: `the remote rejected it (${rejected[1]})`, remoteMessage: remoteLines(output) };
    }
    return { reason: refusal.reason, remoteMessage: remoteLines(output) };
}
/** What the remote and git said about the refusal, without git's generic hints. */
function remoteLines(output) {
    const lines = output
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => /^(remote:|error:|fatal:|! \[)/.test(line) && !/^remote:\s*$/.test(line));
    return (lines.length > 0 ? lines : [output.trim()]).join(' | ');
}
/** Pushes another writer won are worth retrying; a refusal and anything else (network, auth) is reported at once. */
function lostRace(output) {
    return /non-fast-forward|fetch first|cannot lock ref|failed to lock|failed to update ref|incorrect old value|reference already exists/.test(output);
}
class GitBranchStore {
    options;
    remote;
    retry;
    privateRef;
    constructor(options) {
        this.options = options;
        this.remote = options.remote ?? 'origin';
        this.retry = { ...DEFAULT_RETRY, ...options.retry };
        this.privateRef = `refs/numa-spsc-bench/${options.branch}`;
    }
    describe() {
        return `branch ${this.options.branch}`;
    }
    location(path) {
        return `branch ${this.options.branch}:${path}`;
    }
    /** Fetches the data branch into the private ref; null when the branch does not exist yet (an empty store). */
    async fetchTip() {
        const { repoDir, branch } = this.options;
        const fetched = await runGit(repoDir, [
            'fetch',
            '--no-tags',
            '--quiet',
            this.remote,
            `+refs/heads/${branch}:${this.privateRef}`
        ]);
        if (fetched.code !== 0) {
            if (/couldn't find remote ref/i.test(fetched.stderr)) {
                await runGit(repoDir, ['update-ref', '-d', this.privateRef]);
                return null;
            }
            throw new GitCommandError(['fetch', this.remote, branch], fetched, repoDir);
        }
        return (await git(repoDir, ['rev-parse', '--verify', `${this.privateRef}^{commit}`])).trim();
    }
    async paths(tip) {
        const listing = await git(this.options.repoDir, ['ls-tree', '-r', '-z', '--name-only', tip]);
        return listing.split('\0').filter((path) => path !== '');
    }
    async readText(tip, path) {
        const result = await runGit(this.options.repoDir, ['cat-file', 'blob', `${tip}:${path}`]);
        return result.code === 0 ? result.stdout : null;
    }
    async list(fingerprint) {
        if (fingerprint !== undefined)
            checkFingerprint(fingerprint, this.describe());
        const tip = await this.fetchTip();
        return tip === null ? [] : historyEntries(await this.paths(tip), (path) => this.location(path), fingerprint);
    }
    async load(fingerprint, query) {
        checkFingerprint(fingerprint, this.describe());
        const tip = await this.fetchTip();
        if (tip === null)
            return null;
        const chosen = chooseBaseline(historyEntries(await this.paths(tip), (path) => this.location(path), fingerprint), query);
        if (chosen === null)
            return null;
        const text = await this.readText(tip, chosen.entry.path);
        if (text === null)
            throw new Error(`${this.location(chosen.entry.path)}: listed but cannot be read`);
        return {
            record: decodeRecord(text, this.location(chosen.entry.path), fingerprint),
            source: chosen.source,
            location: this.location(chosen.entry.path)
        };
    }
    async history(fingerprint, query, limit) {
        checkFingerprint(fingerprint, this.describe());
        const tip = await this.fetchTip();
        if (tip === null)
            return [];
        const entries = newestEntries(historyEntries(await this.paths(tip), (path) => this.location(path), fingerprint), query.branch, limit);
        const records = [];
        for (const entry of entries) {
            const text = await this.readText(tip, entry.path);
            if (text === null)
                throw new Error(`${this.location(entry.path)}: listed but cannot be read`);
            records.push({
                record: decodeRecord(text, this.location(entry.path), fingerprint),
                location: this.location(entry.path)
            });
        }
        return records;
    }
    async save(record) {
        const fingerprint = checkRecord(record, this.describe());
        const text = encodeRecord(record);
        const path = historyPath(fingerprint, record);
        const blob = (await git(this.options.repoDir, ['hash-object', '-w', '--stdin'], { input: text })).trim();
        const random = this.options.random ?? Math.random;
        for (let attempt = 1;; attempt++) {
            const started = Date.now();
            const push = await this.commitAndPush(fingerprint, record, path, blob);
            const attemptMs = Date.now() - started;
            if (push.code === 0)
                return this.location(path);
            const output = `${push.stderr}\n${push.stdout}`.trim();
            const refusal = pushRefusal(output);
            if (refusal !== null) {
                const { branch } = this.options;
                throw new Error(`${this.describe()}: ${this.remote} refused the push of the record ${path}: ${refusal.reason}. ` +
                    `The remote said: ${refusal.remoteMessage}. Nothing was retried (this is not another writer winning a ` +
                    `race). Fix: allow the workflow to push to ${branch} (permissions: contents: write, and no branch ` +
                    `protection, ruleset or hook that refuses it) or use baseline-store: directory`);
            }
            if (!lostRace(output) || attempt >= this.retry.attempts) {
                const gaveUp = lostRace(output) ? ` (another writer kept winning; gave up after ${attempt} attempts)` : '';
                throw new Error(`${this.describe()}: could not push the record ${path}${gaveUp}: ${output}`);
            }
            // "Full jitter": writers that lost the same race spread over the whole window instead of colliding again. The
            // window is at least one attempt long, so on a slow (loaded) machine the writers still take turns.
            const ceiling = Math.min(this.retry.maxDelayMs, Math.max(this.retry.baseDelayMs, attemptMs) * 2 ** (attempt - 1));
            const delay = Math.round(random() * ceiling);
            this.options.onRetry?.(attempt, delay, output);
            await git_sleep(delay);
        }
    }
    /** One attempt: the record applied on the branch as it is now on the remote, pushed without force. */
    async commitAndPush(fingerprint, record, path, blob) {
        const { repoDir, branch } = this.options;
        const tip = await this.fetchTip();
        const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'numa-spsc-bench-index-'));
        const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(scratch, 'index') };
        try {
            if (tip !== null)
                await git(repoDir, ['read-tree', tip], { env });
            const replaceCurrent = tip === null || (await this.isNewerThanCurrent(tip, fingerprint, record));
            const additions = [`100644 ${blob}\t${path}`];
            if (replaceCurrent)
                additions.push(`100644 ${blob}\t${currentPath(fingerprint)}`);
            await git(repoDir, ['update-index', '--add', '--index-info'], { env, input: `${additions.join('\n')}\n` });
            const tree = (await git(repoDir, ['write-tree'], { env })).trim();
            const message = `numa-spsc-bench: baseline ${fingerprint} from ${record.commitSha?.slice(0, 12) ?? 'an unknown commit'}` +
                `${record.runId === null ? '' : ` (run ${record.runId})`}\n`;
            const parents = tip === null ? [] : ['-p', tip];
            const commit = (await git(repoDir, ['commit-tree', tree, ...parents], { input: message })).trim();
            return await runGit(repoDir, ['push', '--quiet', this.remote, `${commit}:refs/heads/${branch}`]);
        }
        finally {
            (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        }
    }
    /** The current baseline is replaced only by a newer record, and an unreadable one stops the save untouched. */
    async isNewerThanCurrent(tip, fingerprint, record) {
        const text = await this.readText(tip, currentPath(fingerprint));
        if (text === null)
            return true;
        return decodeRecord(text, this.location(currentPath(fingerprint)), fingerprint).savedAt <= record.savedAt;
    }
}

;// CONCATENATED MODULE: ./src/baseline/history.ts
/** Baseline runs the run-to-run spread is learnt from: enough to see runs wander, few enough to follow a changed runner. */
const SPREAD_HISTORY_RUNS = 5;
/**
 * The recent runs of this hardware a comparison learns its run-to-run spread from: the newest SPREAD_HISTORY_RUNS
 * records on the branch the baseline was looked up on (any branch when null), always including the baseline itself,
 * which a merge-base lookup may have found further back.
 */
async function spreadHistory(store, fingerprint, branch, baseline) {
    const history = await store.history(fingerprint, { branch }, SPREAD_HISTORY_RUNS);
    return history.some((entry) => entry.location === baseline.location)
        ? history
        : [...history, { record: baseline.record, location: baseline.location }];
}

;// CONCATENATED MODULE: ./src/stats/change-points.ts
/**
 * Change points of a series by E-divisive with means (Matteson & James 2014, "A nonparametric approach for multiple
 * change point analysis of multivariate data", JASA 109:505), in the form MongoDB's signal-processing-algorithms and
 * Apache Otava (formerly Hunter) use for CI performance history: each segment between known change points is split
 * where the divergence q̂ of its two parts is largest (the right part runs to the segment's end, not to a searched
 * κ as in R's ecp), and the split is kept only when a permutation test finds it significant. No maintained npm package
 * implements it (npm has only unrelated Bayesian and CUSUM packages), so it is written here.
 *
 * With exponent α = 1, for a left part X of m values and a right part Y of k values:
 *   Ê = 2/(mk) Σ|Xi − Yj| − C(m,2)⁻¹ Σ_{i<l} |Xi − Xl| − C(k,2)⁻¹ Σ_{j<l} |Yj − Yl|,   q̂ = mk/(m+k) · Ê.
 * Significance as in ecp's e.divisive: R permutations of every segment's values, p = (1 + #{max q̂ of a permutation
 * ≥ observed}) / (R + 1); the search stops at the first candidate with p > α.
 */

const CHANGE_POINT_DEFAULTS = {
    alpha: 0.05,
    permutations: 199,
    minSize: 3,
    seed: 1
};
/** The best split of values[start, end) with at least minSize values on each side, or null when it is too short. */
function bestSplit(values, start, end, minSize, scratch) {
    const n = end - start;
    if (n < 2 * minSize)
        return null;
    const { before, after } = scratch;
    before.fill(0, 0, n);
    after.fill(0, 0, n);
    for (let a = 0; a < n; a++) {
        const value = values[start + a];
        for (let b = a + 1; b < n; b++) {
            const distance = Math.abs(value - values[start + b]);
            after[a] += distance;
            before[b] += distance;
        }
    }
    let withinLeft = 0;
    let withinRight = 0;
    for (let a = 0; a < n; a++)
        withinRight += after[a];
    let between = 0;
    let best = null;
    // Move value t from the right part to the left one, so the split is at t + 1.
    for (let t = 0; t < n - minSize; t++) {
        withinLeft += before[t];
        withinRight -= after[t];
        between += after[t] - before[t];
        const m = t + 1;
        const k = n - m;
        if (m < minSize)
            continue;
        const divergence = (2 * between) / (m * k) -
            (m > 1 ? withinLeft / ((m * (m - 1)) / 2) : 0) -
            (k > 1 ? withinRight / ((k * (k - 1)) / 2) : 0);
        const qHat = ((m * k) / (m + k)) * divergence;
        if (best === null || qHat > best.qHat)
            best = { index: start + m, qHat };
    }
    return best;
}
function bestOverSegments(values, bounds, minSize, scratch) {
    let best = null;
    for (let segment = 0; segment + 1 < bounds.length; segment++) {
        const candidate = bestSplit(values, bounds[segment], bounds[segment + 1], minSize, scratch);
        if (candidate !== null && (best === null || candidate.qHat > best.qHat))
            best = candidate;
    }
    return best;
}
function shuffleSegments(values, bounds, random) {
    for (let segment = 0; segment + 1 < bounds.length; segment++) {
        const first = bounds[segment];
        for (let index = bounds[segment + 1] - 1; index > first; index--) {
            const other = first + Math.floor(random() * (index - first + 1));
            const held = values[index];
            values[index] = values[other];
            values[other] = held;
        }
    }
}
/** The significant change points of a series, by index, in order. */
function eDivisiveMeans(series, options = {}) {
    const { alpha, permutations, minSize, seed } = { ...CHANGE_POINT_DEFAULTS, ...options };
    if (!series.every(Number.isFinite))
        throw new Error('eDivisiveMeans: the series holds a value that is not finite');
    if (!Number.isInteger(minSize) || minSize < 1)
        throw new Error(`eDivisiveMeans: minSize is ${minSize}, expected 1 or more`);
    if (!Number.isInteger(permutations) || permutations < 1) {
        throw new Error(`eDivisiveMeans: permutations is ${permutations}, expected a whole number of 1 or more`);
    }
    const random = seededRandom(seed);
    const scratch = { before: new Float64Array(series.length), after: new Float64Array(series.length) };
    const bounds = [0, series.length];
    const found = [];
    for (;;) {
        const candidate = bestOverSegments(series, bounds, minSize, scratch);
        if (candidate === null || !(candidate.qHat > 0))
            break;
        let asLarge = 0;
        const shuffled = [...series];
        for (let round = 0; round < permutations; round++) {
            shuffleSegments(shuffled, bounds, random);
            const permuted = bestOverSegments(shuffled, bounds, minSize, scratch);
            if (permuted !== null && permuted.qHat >= candidate.qHat)
                asLarge++;
        }
        const pValue = (1 + asLarge) / (permutations + 1);
        if (pValue > alpha)
            break;
        found.push({ index: candidate.index, qHat: candidate.qHat, pValue });
        bounds.push(candidate.index);
        bounds.sort((a, b) => a - b);
    }
    return found.sort((a, b) => a.index - b.index);
}

;// CONCATENATED MODULE: ./src/stats/metrics.ts
const MESSAGES_PER_SECOND = {
    name: 'messagesPerSecond',
    direction: 'higher-is-better',
    read: (results) => results.messagesPerSecond
};
const RTT_P50 = {
    name: 'rttNs.p50',
    direction: 'lower-is-better',
    read: (results) => results.rttNs?.p50 ?? null
};
const RTT_P99 = {
    name: 'rttNs.p99',
    direction: 'lower-is-better',
    read: (results) => results.rttNs?.p99 ?? null
};
/** What each mode is judged by in a comparison: throughput for the streaming modes, the RTT median and tail for pingpong. */
const COMPARED_METRICS = {
    throughput: [MESSAGES_PER_SECOND],
    'same-thread': [MESSAGES_PER_SECOND],
    pingpong: [RTT_P50, RTT_P99]
};
/** The one metric per mode the NUMA figures are drawn from ("costs X % throughput; RTT ×k"). */
const FIGURE_METRIC = {
    throughput: MESSAGES_PER_SECOND,
    'same-thread': MESSAGES_PER_SECOND,
    pingpong: RTT_P50
};
/**
 * The usable values of one metric of one cell. A sample counts only when the runner marked it valid, it has a record,
 * and the metric is a positive finite number (a ratio of medians needs positive values).
 */
function cellMetricValues(result, metric) {
    const values = [];
    const reasons = new Set();
    let unusable = 0;
    for (const sample of result.samples) {
        const value = sample.valid && sample.record !== null ? metric.read(sample.record.results) : null;
        if (value !== null && Number.isFinite(value) && value > 0) {
            values.push(value);
            continue;
        }
        unusable++;
        if (!sample.valid) {
            for (const reason of sample.invalidReasons.length > 0 ? sample.invalidReasons : ['marked invalid'])
                reasons.add(reason);
        }
        else if (sample.record === null) {
            reasons.add('no driver record');
        }
        else {
            reasons.add(`${metric.name} is ${value === null ? 'missing' : value}`);
        }
    }
    return { values, unusable, reasons: [...reasons] };
}

;// CONCATENATED MODULE: ./src/stats/distribution.ts
/** The few distribution functions the tests below need, checked against SciPy in __tests__/stats/. */
const SERIES_LIMIT = 2.5;
const CONTINUED_FRACTION_DEPTH = 120;
/**
 * Complementary error function. Below 2.5 the all-positive series erf(x) = 2/√π·e^(−x²)·Σ 2ⁿx^(2n+1)/(2n+1)!! (no
 * cancellation); above it the continued fraction of erfc, which keeps full relative precision far into the tail.
 */
function erfc(x) {
    if (Number.isNaN(x))
        return Number.NaN;
    if (x < 0)
        return 2 - erfc(-x);
    if (x < SERIES_LIMIT) {
        let term = x;
        let sum = x;
        for (let n = 1; term > sum * 1e-17; n++) {
            term *= (2 * x * x) / (2 * n + 1);
            sum += term;
        }
        return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
    }
    if (x === Infinity)
        return 0;
    // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated from the deep end.
    let fraction = x;
    for (let n = CONTINUED_FRACTION_DEPTH; n >= 1; n--)
        fraction = x + n / 2 / fraction;
    return Math.exp(-x * x) / (Math.sqrt(Math.PI) * fraction);
}
/** P(Z > z) for a standard normal Z. */
function normalSf(z) {
    return 0.5 * erfc(z / Math.SQRT2);
}
/** P(B ≤ k) for B ~ Binomial(n, 1/2), for every k from 0 to n; the pmf is built in log space so large n cannot underflow. */
function binomialHalfCdfs(n) {
    const cdfs = [];
    let logPmf = -n * Math.LN2;
    let cumulative = 0;
    for (let k = 0; k <= n; k++) {
        if (k > 0)
            logPmf += Math.log(n - k + 1) - Math.log(k);
        cumulative += Math.exp(logPmf);
        cdfs.push(Math.min(1, cumulative));
    }
    return cdfs;
}

;// CONCATENATED MODULE: ./src/stats/summary.ts

/** Two-sided level of every interval in this module. */
const CONFIDENCE = 0.95;
function checkValues(values, what) {
    if (values.length === 0)
        throw new Error(`${what}: no values to summarize (at least one is needed)`);
    const bad = values.findIndex((value) => !Number.isFinite(value));
    if (bad >= 0)
        throw new Error(`${what}: value ${bad} is ${values[bad]}, expected a finite number`);
}
function sortedCopy(values) {
    return Array.from(Float64Array.from(values).sort());
}
/** (low + high) / 2 without overflowing: two values near 1e308 have a finite mean even when their sum is Infinity. */
function midpoint(low, high) {
    const sum = low + high;
    return Number.isFinite(sum) ? sum / 2 : low / 2 + high / 2;
}
/** Median of values already sorted ascending (mean of the two middle values for an even count, as numpy does). */
function sortedMedian(sorted) {
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[middle] : midpoint(sorted[middle - 1], sorted[middle]);
}
function summary_median(values) {
    checkValues(values, 'median');
    return sortedMedian(sortedCopy(values));
}
/**
 * 1-based ranks [lower, upper] of the order statistics that bound a distribution-free confidence interval of the
 * median: the number of values below the true median is Binomial(n, 1/2), so x(l) ≤ median ≤ x(n+1−l) holds with
 * probability 1 − 2·P(B ≤ l−1). lower is the largest l keeping that at or above the level (SciPy's quantile_test gives
 * the same interval). Below 6 values no pair of order statistics reaches 95 %; the whole range is returned then, whose
 * coverage is 1 − 2^(1−n) (93.75 % at 5 values), so callers that need the full level require more values.
 */
function medianCiRanks(n, level = CONFIDENCE) {
    if (!Number.isInteger(n) || n < 1)
        throw new Error(`medianCiRanks: n is ${n}, expected a positive integer`);
    const tail = (1 - level) / 2;
    const cdfs = binomialHalfCdfs(n);
    let lower = 1;
    while (cdfs[lower] <= tail)
        lower++;
    return [lower, n + 1 - lower];
}
/** Median and its distribution-free 95 % confidence interval. */
function summarize(values) {
    checkValues(values, 'summarize');
    const sorted = sortedCopy(values);
    const [lower, upper] = medianCiRanks(sorted.length);
    return { n: sorted.length, median: sortedMedian(sorted), ci: [sorted[lower - 1], sorted[upper - 1]] };
}

;// CONCATENATED MODULE: ./src/baseline/series.ts



const SERIES_GROUPINGS = (/* unused pure expression or super */ null && (['class', 'cell']));
const TREND_METRICS = [
    ...new Set(Object.values(COMPARED_METRICS).flatMap((metrics) => metrics.map((metric) => metric.name)))
];
function groupKey(cell, grouping) {
    return grouping === 'cell' ? cell.key : `${cell.subject}/${cell.mode}/${cell.placementClass}`;
}
/** The run's median of one metric over a group of cells, or null when none of them has a usable sample. */
function pointOf(record, cells, metric) {
    const medians = [];
    let samples = 0;
    for (const cell of cells) {
        const { values } = cellMetricValues(cell, metric);
        if (values.length === 0)
            continue;
        medians.push(summary_median(values));
        samples += values.length;
    }
    if (medians.length === 0)
        return null;
    return {
        commitSha: record.commitSha,
        ref: record.ref,
        savedAt: record.savedAt,
        median: summary_median(medians),
        samples
    };
}
function changesOf(points, options) {
    const values = points.map((point) => point.median);
    const found = eDivisiveMeans(values, options);
    const bounds = [0, ...found.map((change) => change.index), values.length];
    return found.map((change, position) => {
        const before = summary_median(values.slice(bounds[position], change.index));
        const after = summary_median(values.slice(change.index, bounds[position + 2]));
        const point = points[change.index];
        return {
            index: change.index,
            commitSha: point.commitSha,
            savedAt: point.savedAt,
            before,
            after,
            ratio: after / before,
            pValue: change.pValue
        };
    });
}
/**
 * Series from one machine's records, oldest first. A/B base cells are left out: a stored run's history is its head.
 * Series keep the order in which their cells first appear in the records.
 */
function trendSeries(records, options = {}) {
    const grouping = options.grouping ?? 'class';
    const wanted = options.metrics !== undefined && options.metrics.length > 0 ? new Set(options.metrics) : null;
    for (const name of wanted ?? []) {
        if (!TREND_METRICS.includes(name)) {
            throw new Error(`--metric: "${name}" is not a metric; expected one of ${TREND_METRICS.join(', ')}`);
        }
    }
    const groups = new Map();
    for (const record of records) {
        const byGroup = new Map();
        for (const result of record.results.cells) {
            if (result.cell.variant === 'base')
                continue;
            const key = groupKey(result.cell, grouping);
            byGroup.set(key, [...(byGroup.get(key) ?? []), result]);
        }
        for (const [key, cells] of byGroup) {
            for (const metric of COMPARED_METRICS[cells[0].cell.mode]) {
                if (wanted !== null && !wanted.has(metric.name))
                    continue;
                const point = pointOf(record, cells, metric);
                if (point === null)
                    continue;
                const seriesKey = `${key}#${metric.name}`;
                const group = groups.get(seriesKey) ?? { key: seriesKey, first: cells[0].cell, metric, points: [] };
                group.points.push(point);
                groups.set(seriesKey, group);
            }
        }
    }
    return [...groups.values()].map((group) => ({
        key: group.key,
        grouping,
        subject: group.first.subject,
        mode: group.first.mode,
        placementClass: group.first.placementClass,
        cellKey: grouping === 'cell' ? group.first.key : null,
        metric: group.metric.name,
        direction: group.metric.direction,
        points: group.points,
        changes: changesOf(group.points, options.changePoints ?? {})
    }));
}
/**
 * The fingerprint a history is about: the one asked for, or the only one the store holds. Several without a choice is
 * an error that lists them, since mixing machines would make every difference a hardware difference.
 */
async function historyFingerprint(store, fingerprint) {
    if (fingerprint !== undefined)
        return fingerprint;
    const counts = new Map();
    for (const entry of await store.list())
        counts.set(entry.fingerprint, (counts.get(entry.fingerprint) ?? 0) + 1);
    if (counts.size <= 1)
        return [...counts.keys()][0] ?? null;
    const listed = [...counts].map(([name, runs]) => `${name} (${runs} runs)`).join(', ');
    throw new Error(`--fingerprint: ${store.describe()} holds several machines; choose one of ${listed}`);
}
/** Every stored run of one machine, oldest first; with `last`, only the newest `last` of them. */
async function storedRuns(store, fingerprint, last) {
    const total = (await store.list(fingerprint)).length;
    const newestFirst = await store.history(fingerprint, {}, Math.min(total, last ?? total));
    return newestFirst.reverse();
}
/** The series of one machine's stored runs (the newest `last` when given). */
async function loadTrend(store, fingerprint, options = {}) {
    const runs = await storedRuns(store, fingerprint, options.last);
    return {
        fingerprint,
        runs: runs.length,
        series: trendSeries(runs.map((entry) => entry.record), options)
    };
}

;// CONCATENATED MODULE: ./src/baseline/trust.ts
/**
 * Whether a run may write the baseline. A baseline decides what later PRs are measured against, so only runs of code
 * that is already trusted may write it: a pull request's code could otherwise lower the bar for itself (a slow
 * baseline hides its regression) and, from a fork, write to the repository at all.
 */

/** Events that run code already on the repository's branches. */
const TRUSTED_EVENTS = new Set(['schedule', 'workflow_dispatch']);
/** The local CLI: the user's own machine and choice. */
const LOCAL_EVENT = 'local';
function isPullRequestEvent(eventName) {
    return eventName.startsWith('pull_request');
}
/**
 * setting "auto" saves on trusted events only: a push to the default branch, schedule, workflow_dispatch. "true" also
 * saves on other events (e.g. a push to any branch), "false" never. No setting saves from a pull request event.
 * The push check needs the pushed ref and the default branch; without them a push is not trusted.
 */
function shouldSaveBaseline(setting, eventName, push = {}) {
    if (isPullRequestEvent(eventName)) {
        return {
            save: false,
            why: `not saved: ${eventName} events never write the baseline (save-baseline: ${setting}), because a pull ` +
                "request's code would set the bar it is measured against"
        };
    }
    if (setting === 'false')
        return { save: false, why: 'not saved: save-baseline is false' };
    if (setting === 'true')
        return { save: true, why: `saved: save-baseline is true (${eventName} event)` };
    if (TRUSTED_EVENTS.has(eventName))
        return { save: true, why: `saved: ${eventName} is a trusted event` };
    if (eventName === LOCAL_EVENT)
        return { save: false, why: 'not saved: a local run saves only when asked (save-baseline: true)' };
    if (eventName === 'push') {
        if (!push.ref || !push.defaultBranch) {
            return {
                save: false,
                why: 'not saved: push event without a known ref and default branch, so it cannot be told trusted'
            };
        }
        const pushed = branchName(push.ref);
        return pushed === push.defaultBranch
            ? { save: true, why: `saved: push to the default branch ${push.defaultBranch}` }
            : {
                save: false,
                why: `not saved: push to ${pushed}, not the default branch ${push.defaultBranch} (save-baseline: true saves it)`
            };
    }
    return {
        save: false,
        why: `not saved: ${eventName} is not a trusted event (push to the default branch, schedule, workflow_dispatch)`
    };
}

;// CONCATENATED MODULE: ./src/baseline/index.ts


const DEFAULT_BASELINE_DIRECTORY = '.numa-spsc-bench';
const DEFAULT_BASELINE_BRANCH = 'numa-spsc-bench-data';
/** The store a Config asks for: "directory" (a folder) or "branch" (a data branch of the repository at repoDir). */
function openBaselineStore(kind, options = {}) {
    if (kind === 'directory')
        return new DirectoryStore(options.directory ?? DEFAULT_BASELINE_DIRECTORY);
    return new GitBranchStore({
        ...options,
        repoDir: options.repoDir ?? process.cwd(),
        branch: options.branch ?? DEFAULT_BASELINE_BRANCH
    });
}








;// CONCATENATED MODULE: ./src/stats/mann-whitney.ts

/**
 * Largest n₁·n₂ for which the exact null distribution is used. The exact counts cost O(min(n₁,n₂)·n₁·n₂) big-integer
 * additions, a few milliseconds at 50 × 50; above that the normal approximation is already very close.
 */
const EXACT_LIMIT = 2500;
function rank(first, second) {
    const pooled = [
        ...first.map((value) => ({ value, first: true })),
        ...second.map((value) => ({ value, first: false }))
    ];
    pooled.sort((left, right) => left.value - right.value);
    let rankSumFirst = 0;
    let tieTerm = 0;
    for (let start = 0; start < pooled.length;) {
        let end = start;
        while (end + 1 < pooled.length && pooled[end + 1].value === pooled[start].value)
            end++;
        const averageRank = (start + end) / 2 + 1;
        const tied = end - start + 1;
        tieTerm += tied ** 3 - tied;
        for (let index = start; index <= end; index++)
            if (pooled[index].first)
                rankSumFirst += averageRank;
        start = end + 1;
    }
    return { rankSumFirst, tieTerm };
}
function checkSample(values, name) {
    if (values.length === 0)
        throw new Error(`mannWhitneyU: sample ${name} is empty (each sample needs at least one value)`);
    const bad = values.findIndex((value) => !Number.isFinite(value));
    if (bad >= 0)
        throw new Error(`mannWhitneyU: sample ${name} value ${bad} is ${values[bad]}, expected a finite number`);
}
const cumulativeCounts = new Map();
/**
 * Cumulative counts of the arrangements of m + n distinct values by U: entry k is how many of the C(m+n, m) orderings
 * give U ≤ k. The counts are the coefficients of the Gaussian binomial [m+n choose m](q), built by
 * [n+i choose i] = [n+i−1 choose i−1]·(1 − q^(n+i))/(1 − q^i) in exact integers.
 */
function exactCumulativeCounts(m, n) {
    const small = Math.min(m, n);
    const large = Math.max(m, n);
    const cacheKey = `${small}x${large}`;
    const cached = cumulativeCounts.get(cacheKey);
    if (cached)
        return cached;
    let counts = [1n];
    for (let i = 1; i <= small; i++) {
        const shift = large + i;
        const product = new Array(counts.length + shift).fill(0n);
        for (let k = 0; k < counts.length; k++) {
            product[k] += counts[k];
            product[k + shift] -= counts[k];
        }
        const degree = i * large;
        const quotient = new Array(degree + 1).fill(0n);
        for (let k = 0; k <= degree; k++)
            quotient[k] = product[k] + (k >= i ? quotient[k - i] : 0n);
        counts = quotient;
    }
    const cumulative = [];
    let running = 0n;
    for (const count of counts)
        cumulative.push((running += count));
    cumulativeCounts.set(cacheKey, cumulative);
    return cumulative;
}
/** Two-sided exact p-value of U for samples of sizes m and n without ties: 2·P(U ≥ max(U, mn − U)), at most 1. */
function mannWhitneyExactP(u, m, n) {
    const cumulative = exactCumulativeCounts(m, n);
    const larger = Math.max(u, m * n - u);
    // By symmetry P(U ≥ larger) = P(U ≤ mn − larger); mn − larger is a whole number when there are no ties.
    const atMost = Math.round(m * n - larger);
    const tail = Number(cumulative[atMost]) / Number(cumulative[cumulative.length - 1]);
    return Math.min(1, 2 * tail);
}
/**
 * Two-sided p-value from the normal approximation with the tie correction of the variance and a continuity correction
 * of 0.5 toward the mean, exactly as scipy.stats.mannwhitneyu(method='asymptotic', use_continuity=True).
 */
function mannWhitneyAsymptoticP(u, m, n, tieTerm) {
    const total = m + n;
    const variance = ((m * n) / 12) * (total + 1 - tieTerm / (total * (total - 1)));
    if (!(variance > 0))
        return 1;
    const z = (Math.max(u, m * n - u) - (m * n) / 2 - 0.5) / Math.sqrt(variance);
    return Math.min(1, Math.max(0, 2 * normalSf(z)));
}
/**
 * Mann-Whitney U test, two-sided. By default ('auto') the exact distribution is used when there are no ties and
 * n₁·n₂ ≤ EXACT_LIMIT, otherwise the tie-corrected normal approximation with continuity correction. 'exact' refuses
 * tied data, for which the exact distribution without ties would be wrong.
 */
function mannWhitneyU(first, second, method = 'auto') {
    checkSample(first, 'a');
    checkSample(second, 'b');
    const m = first.length;
    const n = second.length;
    const { rankSumFirst, tieTerm } = rank(first, second);
    const u = rankSumFirst - (m * (m + 1)) / 2;
    if (method === 'exact' && tieTerm > 0)
        throw new Error('mannWhitneyU: the exact method needs samples without tied values');
    const exact = method === 'exact' || (method === 'auto' && tieTerm === 0 && m * n <= EXACT_LIMIT);
    if (exact)
        return { u, pValue: mannWhitneyExactP(u, m, n), method: 'exact' };
    return { u, pValue: mannWhitneyAsymptoticP(u, m, n, tieTerm), method: 'asymptotic' };
}
/** The smallest two-sided p-value any data can give with m and n values (complete separation, exact test). */
function smallestPossibleP(m, n) {
    let arrangements = 1;
    for (let index = 1; index <= Math.min(m, n); index++)
        arrangements = (arrangements * (m + n - index + 1)) / index;
    return Math.min(1, 2 / arrangements);
}
/**
 * Holm's step-down adjustment: the k-th smallest p-value is multiplied by (m − k + 1), made monotone, and capped at 1.
 * Controls the family-wise error rate at alpha across all cells of a comparison, with no assumption about dependence.
 */
function holm(pValues) {
    pValues.forEach((value, index) => {
        if (!(value >= 0 && value <= 1))
            throw new Error(`holm: p-value ${index} is ${value}, expected a number from 0 to 1`);
    });
    const order = pValues.map((_, index) => index).sort((left, right) => pValues[left] - pValues[right]);
    const adjusted = new Array(pValues.length);
    let running = 0;
    order.forEach((original, step) => {
        running = Math.max(running, Math.min(1, (pValues.length - step) * pValues[original]));
        adjusted[original] = running;
    });
    return adjusted;
}

;// CONCATENATED MODULE: ./src/stats/comparable.ts

/**
 * Fewest usable samples per side for a cell to be judged. Five is the smallest count whose exact Mann-Whitney test can
 * reach p < 0.01 at all (2/C(10,5) ≈ 0.008), and whose median interval is the sample range; fewer is inconclusive.
 */
const MIN_VALID_SAMPLES = 5;
/** The parameters that do not appear in a cell key but change what is measured. */
const SHAPE_FIELDS = ['capacity', 'payload', 'messages', 'warmupMessages'];
/** What differs between two measurements of the same cell key that makes their samples incomparable; null when nothing does. */
function shapeDifference(baseline, current) {
    const differences = SHAPE_FIELDS.filter((field) => baseline[field] !== current[field]).map((field) => `${field} ${baseline[field]} → ${current[field]}`);
    return differences.length === 0 ? null : `cell parameters differ from the baseline: ${differences.join(', ')}`;
}
/**
 * current / baseline, or null when the quotient of two positive finite numbers leaves the range of a double
 * (1e308 / 1e-308 is Infinity, 1e-308 / 1e308 is 0): such a ratio cannot be judged, and NaN or Infinity must never
 * reach a verdict.
 */
function finiteRatio(current, baseline) {
    const ratio = current / baseline;
    return Number.isFinite(ratio) && ratio > 0 ? ratio : null;
}
/** Rejects an alpha or threshold no verdict can be drawn with; `caller` names the function in the message. */
function checkVerdictOptions(options, caller) {
    if (!(options.alpha > 0 && options.alpha < 1))
        throw new Error(`${caller}: alpha is ${options.alpha}, expected a number between 0 and 1`);
    if (!(options.threshold >= 0 && options.threshold < 1)) {
        throw new Error(`${caller}: threshold is ${options.threshold}, expected a fraction from 0 up to 1 (0.05 for 5 %)`);
    }
}
/**
 * Holm-adjusts the tested rows' p-values as one family and judges each with its adjusted p; rows that were not tested
 * (too few samples, a missing side) keep the verdict they were built with. The rows come back in their order.
 */
function judgeFamily(rows, tested, judge) {
    const adjusted = holm(tested.map((entry) => entry.row.pValue));
    const judged = new Map(tested.map((entry, index) => [entry.row, judge(entry, adjusted[index], tested.length)]));
    return rows.map((row) => judged.get(row) ?? row);
}

;// CONCATENATED MODULE: ./src/stats/bootstrap.ts


/** Enough resamples for stable 2.5 % and 97.5 % percentiles (50 resamples beyond each end) at modest cost. */
const DEFAULT_RESAMPLES = 2000;
/**
 * Median of one resample of `sorted` (ascending), in O(n): draw how often each value is picked, then walk the counts to
 * the middle position(s), which is what sorting the resample would give without sorting it.
 */
function resampledMedian(sorted, random, counts) {
    const n = sorted.length;
    counts.fill(0);
    for (let draw = 0; draw < n; draw++)
        counts[Math.floor(random() * n)]++;
    const upperPosition = n >> 1;
    const lowerPosition = n % 2 === 1 ? upperPosition : upperPosition - 1;
    let lower = Number.NaN;
    let seen = 0;
    for (let index = 0; index < n; index++) {
        seen += counts[index];
        if (Number.isNaN(lower) && seen > lowerPosition)
            lower = sorted[index];
        if (seen > upperPosition)
            return midpoint(lower, sorted[index]);
    }
    throw new Error('resampledMedian: counts do not add up to the sample size');
}
/**
 * Percentile-bootstrap 95 % confidence interval of median(subject) / median(reference): both samples are resampled
 * with replacement independently, as they come from independent runs. The seed makes the interval reproducible.
 */
function bootstrapRatioCi(reference, subject, options) {
    const resamples = options.resamples ?? DEFAULT_RESAMPLES;
    if (!Number.isInteger(resamples) || resamples < 100) {
        throw new Error(`bootstrapRatioCi: resamples is ${resamples}, expected a whole number of at least 100`);
    }
    for (const [name, values] of [
        ['reference', reference],
        ['subject', subject]
    ]) {
        if (values.length === 0)
            throw new Error(`bootstrapRatioCi: the ${name} sample is empty`);
        const bad = values.findIndex((value) => !(Number.isFinite(value) && value > 0));
        if (bad >= 0)
            throw new Error(`bootstrapRatioCi: ${name} value ${bad} is ${values[bad]}, expected a positive number`);
    }
    const random = seededRandom(options.seed);
    const sortedReference = Float64Array.from(reference).sort();
    const sortedSubject = Float64Array.from(subject).sort();
    const referenceCounts = new Int32Array(reference.length);
    const subjectCounts = new Int32Array(subject.length);
    const ratios = new Float64Array(resamples);
    for (let index = 0; index < resamples; index++) {
        const referenceMedian = resampledMedian(sortedReference, random, referenceCounts);
        ratios[index] = resampledMedian(sortedSubject, random, subjectCounts) / referenceMedian;
    }
    ratios.sort();
    const tail = (1 - CONFIDENCE) / 2;
    return [ratios[Math.floor(resamples * tail)], ratios[Math.ceil(resamples * (1 - tail)) - 1]];
}

;// CONCATENATED MODULE: ./src/stats/verdict.ts

/**
 * Regression when any metric regressed. Otherwise inconclusive when most metrics (more than half) or all of them were
 * undecided: "no change" or "improvement" over a run that could not tell would read surer than the data is. Otherwise
 * improvement when any improved, else no-change.
 */
function combineVerdicts(verdicts) {
    const count = (verdict) => verdicts.filter((each) => each === verdict).length;
    const counts = {
        metrics: verdicts.length,
        regressions: count('regression'),
        improvements: count('improvement'),
        unchanged: count('no-change'),
        inconclusive: count('inconclusive')
    };
    const decided = counts.metrics - counts.inconclusive;
    let verdict;
    if (counts.regressions > 0)
        verdict = 'regression';
    else if (decided === 0 || counts.inconclusive * 2 > counts.metrics)
        verdict = 'inconclusive';
    else if (counts.improvements > 0)
        verdict = 'improvement';
    else
        verdict = 'no-change';
    return { verdict, ...counts };
}
/**
 * Several comparisons (one per machine) as one: the rule above over all their cell metrics together, so one
 * machine's regression is the whole run's. No-baseline when none was compared (null: nothing to compare with).
 */
function combineComparisons(comparisons) {
    const compared = comparisons.filter((comparison) => comparison !== null && comparison.verdict !== 'no-baseline');
    if (compared.length === 0) {
        return { verdict: 'no-baseline', metrics: 0, regressions: 0, improvements: 0, unchanged: 0, inconclusive: 0 };
    }
    return combineVerdicts(compared.flatMap((comparison) => comparison.cells.map((cell) => cell.verdict)));
}
const middle = (values) => (values.length === 0 ? null : summary_median(values));
/**
 * The comparison's cell metrics grouped by implementation, mode, metric and placement class (the pairs, paddings and
 * memory homes of a class pooled), each group's verdict by combineVerdicts; regressions first, then the largest change.
 */
function classChanges(comparison) {
    const groups = new Map();
    for (const row of comparison.cells) {
        const key = `${row.cell.subject}|${row.cell.mode}|${row.metric}|${row.cell.placementClass}`;
        groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    const changes = [...groups.values()].map((rows) => {
        const intervals = rows.flatMap((row) => (row.ratioCi === null ? [] : [row.ratioCi]));
        return {
            implementation: rows[0].cell.subject,
            mode: rows[0].cell.mode,
            metric: rows[0].metric,
            direction: rows[0].direction,
            placementClass: rows[0].cell.placementClass,
            combined: combineVerdicts(rows.map((row) => row.verdict)),
            baseline: middle(rows.flatMap((row) => (row.baseline === null ? [] : [row.baseline.median]))),
            current: middle(rows.flatMap((row) => (row.current === null ? [] : [row.current.median]))),
            ratio: middle(rows.flatMap((row) => (row.ratio === null ? [] : [row.ratio]))),
            ratioEnvelope: intervals.length === 0
                ? null
                : [Math.min(...intervals.map((ci) => ci[0])), Math.max(...intervals.map((ci) => ci[1]))]
        };
    });
    const rank = (change) => VERDICT_ORDER.indexOf(change.combined.verdict);
    const size = (change) => (change.ratio === null ? 0 : Math.abs(Math.log(change.ratio)));
    return changes.sort((left, right) => rank(left) - rank(right) || size(right) - size(left));
}
/** Most urgent first: the order rows and classes are listed in. */
const VERDICT_ORDER = [
    'regression',
    'improvement',
    'inconclusive',
    'no-change',
    'no-baseline'
];

;// CONCATENATED MODULE: ./src/stats/compare.ts







/**
 * Fewest baseline runs of a cell metric whose spread lets a stored-baseline comparison call a change: with two runs,
 * one distance between run medians says little about how far the next run may land.
 */
const MIN_SPREAD_RUNS = 3;
function cellsByKey(results, which) {
    const byKey = new Map();
    for (const [index, result] of results.cells.entries()) {
        if (byKey.has(result.cell.key))
            throw new Error(`${which} results: cells/${index} repeats cell key "${result.cell.key}"`);
        byKey.set(result.cell.key, result);
    }
    return byKey;
}
const percent = (fraction) => `${(fraction * 100).toFixed(1)} %`;
const interval = ([low, high]) => `[${low.toFixed(3)}, ${high.toFixed(3)}]`;
function tooFew(values, run) {
    if (values.values.length >= MIN_VALID_SAMPLES)
        return null;
    const unusable = values.unusable === 0 ? '' : ` (${values.unusable} unusable: ${values.reasons.join('; ')})`;
    return `${values.values.length} usable samples in the ${run}${unusable}; at least ${MIN_VALID_SAMPLES} per side are needed`;
}
const summaryOf = (values) => values && values.values.length > 0 ? summarize(values.values) : null;
function judge(tested, adjustedP, family, options) {
    const { row } = tested;
    const ratio = row.ratio;
    const ratioCi = row.ratioCi;
    const change = ratio - 1;
    const worse = row.direction === 'higher-is-better' ? change < -options.threshold : change > options.threshold;
    const better = row.direction === 'higher-is-better' ? change > options.threshold : change < -options.threshold;
    const significant = adjustedP < options.alpha;
    const spread = options.runToRunSpread?.get(row.key);
    let verdict;
    let reason;
    if (significant && (worse || better) && (spread === undefined || spread.runs < MIN_SPREAD_RUNS)) {
        // The samples of one run are not independent evidence about another run (pseudo-replication): until the history
        // shows how far whole runs of unchanged code wander, a change between two runs cannot be told from a shifted run.
        verdict = 'inconclusive';
        reason =
            `run-to-run spread unknown: ${spread?.runs ?? 1} of ${MIN_SPREAD_RUNS} runs stored (change ${percent(change)} ` +
                `between two runs; store more baseline runs of this hardware, or compare base and head in the same run with ab)`;
    }
    else if (significant && (worse || better) && spread !== undefined && Math.abs(change) <= spread.spread) {
        // The change is real for these two runs' samples, but runs of unchanged code have been this far apart before.
        verdict = 'no-change';
        reason = `within the run-to-run spread (change ${percent(change)}; ±${percent(spread.spread)} over ${spread.runs} baseline runs)`;
    }
    else if (significant && worse)
        verdict = 'regression';
    else if (significant && better)
        verdict = 'improvement';
    else if (significant || (ratioCi[0] >= 1 - options.threshold && ratioCi[1] <= 1 + options.threshold)) {
        // Significant but within the threshold, or the interval itself rules out a change as large as the threshold.
        verdict = 'no-change';
    }
    else {
        verdict = 'inconclusive';
        const floor = smallestPossibleP(tested.baselineCount, tested.currentCount) * family;
        reason =
            floor >= options.alpha
                ? `with ${tested.baselineCount} and ${tested.currentCount} samples no difference can pass alpha ${options.alpha} ` +
                    `after Holm across ${family} tests (smallest possible adjusted p ${floor.toPrecision(2)}); more repetitions are needed`
                : `too noisy to decide: change ${percent(change)}, ratio CI ${interval(ratioCi)} reaches beyond ±${percent(options.threshold)} ` +
                    `and the Holm-adjusted p-value ${adjustedP.toPrecision(2)} is not below ${options.alpha}`;
    }
    return {
        ...row,
        adjustedP,
        verdict,
        runToRunSpread: spread?.spread ?? null,
        ...(reason === undefined ? {} : { reason })
    };
}
/** The most baseline runs any cell metric's spread came from; null when no spread is known. */
function spreadRuns(spreads) {
    const runs = [...(spreads?.values() ?? [])].map((entry) => entry.runs);
    return runs.length === 0 ? null : Math.max(...runs);
}
/** A comparison of nothing, verdict 'no-baseline', saying why in `reason` (no baseline stored, another fingerprint, …). */
function noBaselineComparison(options, reason) {
    const { alpha, threshold } = options;
    return {
        method: options.method ?? 'stored-baseline',
        verdict: 'no-baseline',
        reason,
        alpha,
        threshold,
        baselineSource: options.baselineSource ?? null,
        cells: [],
        regressions: 0,
        improvements: 0
    };
}
/**
 * Compares a current run with a baseline, cell by cell (joined by cell key) and metric by metric.
 *
 * A cell is a regression (or an improvement) only when BOTH the Holm-adjusted Mann-Whitney p-value is below alpha AND
 * the ratio of medians (current / baseline) moved by more than the threshold in the bad (good) direction. It is
 * the change also lies beyond the run-to-run spread of that cell metric, known from at least MIN_SPREAD_RUNS stored runs
 * (options.runToRunSpread): the test compares the samples of two runs and cannot see a shift of a whole run, so a
 * significant change without a known spread is inconclusive ("run-to-run spread unknown"). It is no-change when the
 * shift is significant but smaller than the threshold, or when the bootstrap interval of the ratio lies inside
 * ±threshold, or when whole runs of unchanged code have wandered as far. The change is held against the spread itself,
 * not twice it, although two runs at opposite ends could differ by more: the spread is already the largest distance
 * seen, and doubling it would hide regressions of the very size a noisy VM makes worth catching. It is inconclusive
 * when it is missing from one run, its parameters differ, either side has fewer than MIN_VALID_SAMPLES usable samples,
 * the ratio leaves the range of a double, or the data cannot tell (too noisy). The overall verdict is regression if any
 * cell regressed, else as combineVerdicts says (inconclusive when most metrics were undecided).
 *
 * Runs on different hardware (another topology fingerprint) are never compared: the result is verdict 'no-baseline'
 * with the reason, and no cells, which the pipeline reports as "no baseline for this hardware yet".
 */
function compareResults(baseline, current, options) {
    checkVerdictOptions(options, 'compareResults');
    if (baseline.topology.fingerprint !== current.topology.fingerprint) {
        return noBaselineComparison(options, `no baseline for this hardware yet: the baseline was measured on topology fingerprint ` +
            `${baseline.topology.fingerprint} and this run on ${current.topology.fingerprint}`);
    }
    const baselineCells = cellsByKey(baseline, 'baseline');
    const currentCells = cellsByKey(current, 'current');
    const keys = [...currentCells.keys(), ...[...baselineCells.keys()].filter((key) => !currentCells.has(key))];
    const rows = [];
    const tested = [];
    for (const cellKey of keys) {
        const before = baselineCells.get(cellKey);
        const after = currentCells.get(cellKey);
        const mode = (after ?? before).cell.mode;
        for (const metric of COMPARED_METRICS[mode]) {
            const row = compareCell(cellKey, metric, before, after, options);
            rows.push(row.row);
            if (row.tested)
                tested.push(row.tested);
        }
    }
    const cells = judgeFamily(rows, tested, (entry, adjustedP, family) => judge(entry, adjustedP, family, options));
    const combined = combineVerdicts(cells.map((cell) => cell.verdict));
    return {
        method: 'stored-baseline',
        alpha: options.alpha,
        threshold: options.threshold,
        baselineSource: options.baselineSource,
        baselineRuns: options.baselineRuns ?? 1,
        runToRunSpreadRuns: spreadRuns(options.runToRunSpread),
        verdict: combined.verdict,
        cells,
        regressions: combined.regressions,
        improvements: combined.improvements
    };
}
function compareCell(cellKey, metric, before, after, options) {
    const baselineValues = before ? cellMetricValues(before, metric) : null;
    const currentValues = after ? cellMetricValues(after, metric) : null;
    const baselineSummary = summaryOf(baselineValues);
    const currentSummary = summaryOf(currentValues);
    const row = {
        key: `${cellKey}#${metric.name}`,
        cellKey,
        // compareResults only calls this for a key found in at least one run.
        cell: (after ?? before).cell,
        metric: metric.name,
        direction: metric.direction,
        baseline: baselineSummary,
        current: currentSummary,
        ratio: null,
        ratioCi: null,
        pValue: null,
        adjustedP: null,
        runToRunSpread: options.runToRunSpread?.get(`${cellKey}#${metric.name}`)?.spread ?? null,
        verdict: 'inconclusive'
    };
    const inconclusive = (reason) => ({ row: { ...row, reason } });
    if (!before || !baselineValues)
        return inconclusive('not in the baseline (a new cell)');
    if (!after || !currentValues)
        return inconclusive('not measured in the current run');
    const shape = shapeDifference(before.cell, after.cell);
    if (shape)
        return inconclusive(shape);
    const few = [tooFew(baselineValues, 'baseline'), tooFew(currentValues, 'current run')].filter((text) => text !== null);
    if (few.length > 0)
        return inconclusive(few.join('; '));
    const test = mannWhitneyU(baselineValues.values, currentValues.values);
    const seed = hashSeed(`${options.seed ?? 1}|${row.key}`);
    const ratioCi = bootstrapRatioCi(baselineValues.values, currentValues.values, { seed, resamples: options.resamples });
    // Both sides have MIN_VALID_SAMPLES values here, so both summaries exist; the ratio is of the medians the row shows.
    const ratio = finiteRatio(currentSummary.median, baselineSummary.median);
    if (ratio === null || !ratioCi.every((bound) => Number.isFinite(bound) && bound > 0)) {
        return inconclusive('the ratio of the medians or its interval lies beyond the range of a double-precision number');
    }
    const tested = {
        row: { ...row, ratio, ratioCi, pValue: test.pValue },
        baselineCount: baselineValues.values.length,
        currentCount: currentValues.values.length
    };
    return { row: tested.row, tested };
}

;// CONCATENATED MODULE: ./src/stats/wilcoxon.ts
/**
 * The Wilcoxon signed-rank test on paired differences and the Hodges-Lehmann estimate with its distribution-free
 * confidence interval, as SciPy 1.17's `scipy.stats.wilcoxon` defaults compute the test (zero_method 'wilcox',
 * correction False, method 'auto'); checked against SciPy in __tests__/stats/wilcoxon.test.ts.
 */


/** Up to this many differences (zeros included) 'auto' uses an exact distribution, as SciPy does. */
const WILCOXON_EXACT_LIMIT = 50;
/**
 * Up to this many differences (zeros included), tied or zero differences still get an exact p-value: SciPy's 'auto'
 * runs a permutation test then, which at these sizes enumerates all 2^n sign assignments (2^13 < its 9999 resamples).
 */
const WILCOXON_PERMUTATION_LIMIT = 13;
/** Standard normal 97.5 % quantile (scipy.stats.norm.ppf(0.975)), for the large-sample interval at CONFIDENCE. */
const Z_TWO_SIDED_95 = 1.959963984540054;
function checkDifferences(differences, what) {
    if (differences.length === 0)
        throw new Error(`${what}: no differences (at least one pair is needed)`);
    const bad = differences.findIndex((value) => !Number.isFinite(value));
    if (bad >= 0)
        throw new Error(`${what}: difference ${bad} is ${differences[bad]}, expected a finite number`);
}
/**
 * How many subsets of `weights` (positive integers) have each sum: entry s counts the sign assignments whose positive
 * weights add up to s. The counts stay below 2^51 for the sizes used here, so doubles hold them exactly.
 */
function subsetSumCounts(weights) {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const counts = new Float64Array(total + 1);
    counts[0] = 1;
    let reached = 0;
    for (const weight of weights) {
        for (let sum = reached; sum >= 0; sum--)
            if (counts[sum] !== 0)
                counts[sum + weight] += counts[sum];
        reached += weight;
    }
    return counts;
}
const exactCounts = new Map();
/** Counts of the signed-rank statistic R+ over the 2^n sign assignments of the ranks 1..n (no ties). */
function signedRankCounts(n) {
    let counts = exactCounts.get(n);
    if (counts === undefined) {
        counts = subsetSumCounts(Array.from({ length: n }, (_, index) => index + 1));
        exactCounts.set(n, counts);
    }
    return counts;
}
/** P(T ≤ k) and P(T ≥ k) for an integer k under the counts of 2^n equally likely assignments. */
function tails(counts, k, n) {
    const scale = 2 ** -n;
    let atMost = 0;
    for (let sum = 0; sum <= Math.min(k, counts.length - 1); sum++)
        atMost += counts[sum];
    let atLeast = 0;
    for (let sum = Math.max(k, 0); sum < counts.length; sum++)
        atLeast += counts[sum];
    return { atMost: atMost * scale, atLeast: atLeast * scale };
}
function rankAbsolute(differences) {
    const nonZero = differences.filter((value) => value !== 0);
    const order = nonZero
        .map((_, index) => index)
        .sort((left, right) => Math.abs(nonZero[left]) - Math.abs(nonZero[right]));
    const ranks = new Array(nonZero.length);
    let tieTerm = 0;
    for (let start = 0; start < order.length;) {
        let end = start;
        while (end + 1 < order.length && Math.abs(nonZero[order[end + 1]]) === Math.abs(nonZero[order[start]]))
            end++;
        const tied = end - start + 1;
        tieTerm += tied ** 3 - tied;
        for (let index = start; index <= end; index++)
            ranks[order[index]] = (start + end) / 2 + 1;
        start = end + 1;
    }
    return { ranks, positive: nonZero.map((value) => value > 0), tieTerm };
}
/**
 * Wilcoxon signed-rank test of "the differences are symmetric about 0", two-sided. Zero differences are dropped from
 * the ranks. 'auto' follows SciPy 1.17: more than WILCOXON_EXACT_LIMIT differences → asymptotic; otherwise exact
 * without ties or zeros; with them, the exact permutation distribution up to WILCOXON_PERMUTATION_LIMIT differences,
 * else asymptotic. 'exact' on tied data rounds R+ conservatively, as SciPy does. When every difference is zero the
 * p-value is 1 (SciPy's asymptotic branch gives NaN there; no evidence of a shift is what it means).
 */
function wilcoxonSignedRank(differences, method = 'auto') {
    checkDifferences(differences, 'wilcoxonSignedRank');
    const { ranks, positive, tieTerm } = rankAbsolute(differences);
    const n = ranks.length;
    const zeros = differences.length - n;
    const rankSumPositive = ranks.reduce((sum, rank, index) => (positive[index] ? sum + rank : sum), 0);
    const statistic = Math.min(rankSumPositive, (n * (n + 1)) / 2 - rankSumPositive);
    let chosen = method === 'auto' ? 'asymptotic' : method;
    if (method === 'auto' && differences.length <= WILCOXON_EXACT_LIMIT) {
        if (tieTerm === 0 && zeros === 0)
            chosen = 'exact';
        else if (differences.length <= WILCOXON_PERMUTATION_LIMIT)
            chosen = 'permutation';
    }
    const result = (pValue) => ({
        statistic,
        rankSumPositive,
        nonZero: n,
        pValue: Math.min(1, pValue),
        method: chosen
    });
    if (n === 0)
        return result(1);
    if (chosen === 'exact') {
        const counts = signedRankCounts(n);
        const low = tails(counts, Math.ceil(rankSumPositive), n).atMost;
        const high = tails(counts, Math.floor(rankSumPositive), n).atLeast;
        return result(2 * Math.min(low, high));
    }
    if (chosen === 'permutation') {
        // Average ranks are multiples of 1/2: doubled, they are integers whose subset sums count exactly.
        const doubled = subsetSumCounts(ranks.map((rank) => rank * 2));
        const { atMost, atLeast } = tails(doubled, rankSumPositive * 2, n);
        return result(2 * Math.min(atMost, atLeast));
    }
    const mean = (n * (n + 1)) / 4;
    const deviation = Math.sqrt((n * (n + 1) * (2 * n + 1) - tieTerm / 2) / 24);
    return result(2 * normalSf(Math.abs(rankSumPositive - mean) / deviation));
}
/**
 * 1-based rank k of the Walsh average that bounds the 95 % interval: the largest k with P(R+ ≤ k − 1) ≤ 2.5 % under the
 * null distribution of n untied ranks (the interval [W(k), W(M+1−k)] then covers with at least 95 %). Above
 * WILCOXON_EXACT_LIMIT the normal approximation with continuity correction gives k = ⌊n(n+1)/4 + 1/2 − z·σ⌋. Null when
 * even k = 1 does not reach the level.
 */
function walshCriticalRank(n) {
    if (!Number.isInteger(n) || n < 1)
        throw new Error(`walshCriticalRank: n is ${n}, expected a positive integer`);
    const tail = (1 - CONFIDENCE) / 2;
    if (n > WILCOXON_EXACT_LIMIT) {
        const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24);
        return { k: Math.floor((n * (n + 1)) / 4 + 0.5 - Z_TWO_SIDED_95 * sigma), method: 'asymptotic' };
    }
    const counts = signedRankCounts(n);
    const scale = 2 ** -n;
    let below = 0;
    let k = 0;
    // P(R+ ≤ k) grows with k; the answer is the first k whose cumulative probability passes the tail.
    while (k < counts.length && below + counts[k] * scale <= tail)
        below += counts[k++] * scale;
    return { k: k === 0 ? null : k, method: 'exact' };
}
/** The Hodges-Lehmann estimate of the centre of the differences and its signed-rank confidence interval. */
function hodgesLehmann(differences) {
    checkDifferences(differences, 'hodgesLehmann');
    const n = differences.length;
    const walsh = new Float64Array((n * (n + 1)) / 2);
    let next = 0;
    for (let i = 0; i < n; i++)
        for (let j = i; j < n; j++)
            walsh[next++] = midpoint(differences[i], differences[j]);
    walsh.sort();
    const middle = walsh.length >> 1;
    const estimate = walsh.length % 2 === 1 ? walsh[middle] : midpoint(walsh[middle - 1], walsh[middle]);
    const { k, method } = walshCriticalRank(n);
    return { estimate, ci: k === null ? null : [walsh[k - 1], walsh[walsh.length - k]], method };
}

;// CONCATENATED MODULE: ./src/stats/paired.ts





/**
 * Fewest usable pairs for a cell metric to be judged: six is the smallest count whose signed-rank test can reach p < 0.05
 * at all (2/2^6 ≈ 0.031) and whose Hodges-Lehmann interval reaches 95 % (from the smallest to the largest Walsh average).
 */
const MIN_PAIRS = 6;
function variantPairs(results) {
    const byKey = new Map();
    for (const [index, result] of results.cells.entries()) {
        const variant = result.cell.variant;
        if (variant === null)
            continue; // context cells of an A/B run (the reference ring) are not compared
        const entry = byKey.get(result.cell.key) ?? { key: result.cell.key };
        if (entry[variant] !== undefined) {
            throw new Error(`comparePaired: cells/${index} repeats cell key "${result.cell.key}" with variant ${variant}`);
        }
        entry[variant] = result;
        byKey.set(result.cell.key, entry);
    }
    if (byKey.size === 0) {
        throw new Error('comparePaired: the results hold no cells with variant "base" or "head"; pass the results of an A/B run (ab)');
    }
    return [...byKey.values()];
}
/** The metric of a sample when it is usable: valid, with a record, and a positive finite value (a ratio needs one). */
function usableValue(sample, metric) {
    const value = sample.valid && sample.record !== null ? metric.read(sample.record.results) : null;
    return value !== null && Number.isFinite(value) && value > 0 ? value : null;
}
function samplesByBlock(result, variant) {
    const byBlock = new Map();
    for (const sample of result.samples) {
        if (byBlock.has(sample.block)) {
            throw new Error(`comparePaired: cell "${result.cell.key}" (${variant}) has two samples in block ${sample.block}`);
        }
        byBlock.set(sample.block, sample);
    }
    return byBlock;
}
/** Why every sample of a variant is unusable, in words. */
function allUnusable(result, variant, metric) {
    const reasons = new Set();
    for (const sample of result.samples) {
        if (!sample.valid)
            for (const reason of sample.invalidReasons)
                reasons.add(reason);
        else if (sample.record === null)
            reasons.add('no driver record');
        else
            reasons.add(`${metric.name} is ${metric.read(sample.record.results) ?? 'missing'}`);
    }
    const why = reasons.size === 0 ? '' : ` (${[...reasons].join('; ')})`;
    return `all ${result.samples.length} ${variant} samples are unusable${why}`;
}
const paired_percent = (fraction) => `${(fraction * 100).toFixed(1)} %`;
const paired_interval = ([low, high]) => `[${low.toFixed(3)}, ${high.toFixed(3)}]`;
function compareMetric(pair, metric, blocks) {
    const { base, head } = pair;
    const values = (result) => (result?.samples ?? []).flatMap((sample) => usableValue(sample, metric) ?? []);
    const baseValues = values(base);
    const headValues = values(head);
    const row = {
        key: `${pair.key}#${metric.name}`,
        cellKey: pair.key,
        cell: (head ?? base).cell,
        metric: metric.name,
        direction: metric.direction,
        baseline: baseValues.length > 0 ? summarize(baseValues) : null,
        current: headValues.length > 0 ? summarize(headValues) : null,
        ratio: null,
        ratioCi: null,
        pValue: null,
        adjustedP: null,
        runToRunSpread: null,
        verdict: 'inconclusive'
    };
    const inconclusive = (reason) => ({ row: { ...row, reason } });
    if (base === undefined)
        return inconclusive('only the head variant was measured (no base cell to pair with)');
    if (head === undefined)
        return inconclusive('only the base variant was measured (no head cell to pair with)');
    const shape = shapeDifference(base.cell, head.cell);
    if (shape)
        return inconclusive(`base and head ${shape.replace('from the baseline', 'between the variants')}`);
    const unusable = [
        baseValues.length === 0 ? allUnusable(base, 'base', metric) : null,
        headValues.length === 0 ? allUnusable(head, 'head', metric) : null
    ].filter((text) => text !== null);
    if (unusable.length > 0)
        return inconclusive(unusable.join('; '));
    const headByBlock = samplesByBlock(head, 'head');
    const logRatios = [];
    for (const [block, baseSample] of samplesByBlock(base, 'base')) {
        const headSample = headByBlock.get(block);
        const before = usableValue(baseSample, metric);
        const after = headSample === undefined ? null : usableValue(headSample, metric);
        // Logs of each side, never the quotient: 1e308 / 1e-308 overflows, log(1e308) − log(1e-308) does not.
        if (before !== null && after !== null)
            logRatios.push(Math.log(after) - Math.log(before));
    }
    if (logRatios.length < MIN_PAIRS) {
        return inconclusive(`${logRatios.length} usable pairs over ${blocks} blocks (a pair needs a usable base and head sample in the same ` +
            `block); at least ${MIN_PAIRS} are needed`);
    }
    const test = wilcoxonSignedRank(logRatios);
    const centre = hodgesLehmann(logRatios);
    const logCi = centre.ci; // MIN_PAIRS pairs always have a 95 % interval
    const ratio = Math.exp(centre.estimate);
    const ratioCi = [Math.exp(logCi[0]), Math.exp(logCi[1])];
    if (![ratio, ...ratioCi].every((value) => Number.isFinite(value) && value > 0)) {
        return inconclusive('the head / base ratio or its interval lies beyond the range of a double-precision number');
    }
    const tested = { row: { ...row, ratio, ratioCi, pValue: test.pValue }, logCi, pairs: logRatios.length };
    return { row: tested.row, tested };
}
/** Fewest pairs whose exact signed-rank test can pass alpha after Holm across `family` tests: 2 / 2^n · family < alpha. */
function pairsNeeded(family, alpha) {
    return Math.floor(1 + Math.log2(family / alpha)) + 1;
}
function paired_judge(tested, adjustedP, family, options) {
    const { row, logCi, pairs } = tested;
    const up = Math.log1p(options.threshold);
    const down = Math.log1p(-options.threshold);
    const above = logCi[0] > up;
    const below = logCi[1] < down;
    const significant = adjustedP < options.alpha;
    const ratioCi = row.ratioCi;
    let verdict;
    let reason;
    if (significant && (above || below)) {
        const better = row.direction === 'higher-is-better' ? above : below;
        verdict = better ? 'improvement' : 'regression';
    }
    else if (logCi[0] >= down && logCi[1] <= up) {
        verdict = 'no-change';
    }
    else if (above || below) {
        verdict = 'inconclusive';
        const floor = 2 ** (1 - pairs) * family;
        reason =
            floor >= options.alpha
                ? `with ${pairs} pairs no change can pass alpha ${options.alpha} after Holm across ${family} tests ` +
                    `(smallest possible adjusted p ${floor.toPrecision(2)}); at least ${pairsNeeded(family, options.alpha)} ` +
                    `pairs (blocks) would decide it`
                : `the ratio CI ${paired_interval(ratioCi)} lies beyond ±${paired_percent(options.threshold)} but the Holm-adjusted ` +
                    `p-value ${adjustedP.toPrecision(2)} is not below ${options.alpha}; more blocks would decide it`;
    }
    else {
        verdict = 'inconclusive';
        const side = logCi[1] > up ? (logCi[0] < down ? '±' : '+') : '−';
        reason =
            `the ratio CI ${paired_interval(ratioCi)} straddles ${side}${paired_percent(options.threshold)} (estimate ` +
                `${row.ratio.toFixed(3)}, ${pairs} pairs); more blocks would narrow it to one side`;
    }
    return { ...row, adjustedP, verdict, ...(reason === undefined ? {} : { reason }) };
}
/**
 * Compares the head variant of an A/B run with its base variant, cell by cell and metric by metric, pairing the two
 * samples of each block.
 *
 * Per pair, the log ratio head / base; the effect is the Hodges-Lehmann estimate of those log ratios (the median of
 * their Walsh averages) with its distribution-free 95 % signed-rank interval, reported as ratios; the test is the
 * Wilcoxon signed-rank test on them (SciPy's defaults), Holm-adjusted across every tested cell and metric. A cell
 * metric is a regression or an improvement only when the adjusted p is below alpha AND the whole ratio interval lies
 * beyond ±threshold on one side (which side, and the metric's direction, say which). It is no-change when the interval
 * lies within ±threshold, and inconclusive otherwise, with the reason saying what would decide it; also when a variant
 * is missing or has no usable sample, or fewer than MIN_PAIRS blocks give a usable pair. The decision rule works in
 * log space, so values near the ends of the double range cannot overflow into it. The overall verdict is
 * combineVerdicts' (stats/verdict.ts).
 */
function comparePaired(results, options) {
    checkVerdictOptions(options, 'comparePaired');
    const blocks = new Set(results.cells.flatMap((result) => result.samples.map((sample) => sample.block))).size;
    const rows = [];
    const tested = [];
    for (const pair of variantPairs(results)) {
        for (const metric of COMPARED_METRICS[(pair.head ?? pair.base).cell.mode]) {
            const compared = compareMetric(pair, metric, blocks);
            rows.push(compared.row);
            if (compared.tested)
                tested.push(compared.tested);
        }
    }
    const cells = judgeFamily(rows, tested, (entry, adjustedP, family) => paired_judge(entry, adjustedP, family, options));
    const combined = combineVerdicts(cells.map((cell) => cell.verdict));
    return {
        method: 'same-run-ab',
        verdict: combined.verdict,
        alpha: options.alpha,
        threshold: options.threshold,
        baselineSource: 'the base variant of the same run',
        blocks,
        cells,
        regressions: combined.regressions,
        improvements: combined.improvements
    };
}

;// CONCATENATED MODULE: ./src/plan/types.ts
/** Where the ring's memory (slots and indices) is bound, relative to the pair. */
const MEMORY_HOMES = ['producer', 'consumer', 'other', 'first-touch'];

;// CONCATENATED MODULE: ./src/stats/figures.ts








/** Classes whose producer and consumer share a NUMA node: the "local" side of every class figure. */
const LOCAL_CLASSES = ['smt-sibling', 'same-l3', 'same-node'];
/** The implementations set against the reference, in the order their figures are listed. */
const OTHER_IMPLEMENTATIONS = ['batched', 'subject'];
/**
 * The values of each metric pooled over the cells that differ only in their CPU pair: the pairs of a class are chosen
 * as interchangeable representatives of it, so a class's figure pools them rather than picking one pair.
 */
class Groups {
    groups = new Map();
    static key(implementation, mode, place, padding, home) {
        return `${implementation}|${mode}|${place}|${padding}|${home}`;
    }
    add(result) {
        const { cell } = result;
        const key = Groups.key(cell.subject, cell.mode, cell.placementClass, cell.padding, cell.memoryHome);
        const group = this.groups.get(key) ?? {
            side: {
                implementation: cell.subject,
                placementClass: cell.placementClass,
                pinned: cell.pinned,
                padding: cell.padding,
                memoryHome: cell.memoryHome,
                cpuPairs: []
            },
            values: new Map()
        };
        this.groups.set(key, group);
        if (cell.producerCpu !== null && cell.consumerCpu !== null)
            group.side.cpuPairs.push([cell.producerCpu, cell.consumerCpu]);
        for (const metric of COMPARED_METRICS[cell.mode]) {
            const values = group.values.get(metric.name) ?? [];
            values.push(...cellMetricValues(result, metric).values);
            group.values.set(metric.name, values);
        }
    }
    get(implementation, mode, place, padding, home) {
        return this.groups.get(Groups.key(implementation, mode, place, padding, home));
    }
}
const valuesOf = (group, metric) => group?.values.get(metric) ?? [];
function mostPreferred(present, preference) {
    const found = preference.find((value) => present.has(value));
    if (found === undefined)
        throw new Error(`numaFigures: none of ${preference.join(', ')} present`);
    return found;
}
/**
 * The settings every figure holds fixed while it varies one thing: padding 64 of the implementation's own cells
 * (else its smallest; the planner gives subject cells only the plan's largest padding, so a shared 64 would leave the
 * subject without figures) and memory on the producer's node (else first touch). The report reads its extra columns
 * at the same settings, so they describe the same cells as the figures. Null when the implementation has no cells.
 */
function canonicalSettings(results, implementation) {
    const paddings = new Set(results.cells.filter(({ cell }) => cell.subject === implementation).map(({ cell }) => cell.padding));
    if (paddings.size === 0)
        return null;
    const homes = new Set([
        'first-touch',
        ...results.cells.filter(({ cell }) => cell.pinned).map(({ cell }) => cell.memoryHome)
    ]);
    return {
        padding: mostPreferred(paddings, [64, ...[...paddings].sort((left, right) => left - right)]),
        home: mostPreferred(homes, ['producer', 'first-touch'])
    };
}
/**
 * The NUMA figures of one run: ratios of pooled medians (subject group / reference group) with bootstrap 95 % CIs, and
 * Mann-Whitney p-values Holm-adjusted across every figure of the run, as the gate adjusts its comparisons.
 *
 * Every figure varies one thing and holds the rest at canonicalSettings, so that, e.g., the class figures are not
 * mixed with padding effects. Per implementation and mode (metric: messages/s for throughput and same-thread, RTT p50
 * for pingpong; the class figures of pingpong also for RTT p99):
 * - class: each pinned class against the best local class (smt-sibling, same-l3, same-node; best median wins);
 * - padding: each other padding against the canonical one, per class;
 * - pinning: unpinned (first touch) against the best pinned class;
 * - memory-home: consumer, other and first-touch against producer, per class at the canonical padding;
 * - implementation: each other implementation's cells (the batched ring's, the subject's) against the reference's
 *   matching cells at that implementation's canonical padding, per class; `implementation` names the other one.
 * The batched ring gets only its implementation figures: it is planned to state its gain over the reference per class,
 * and figures of its own would widen the family the Holm correction spans, weakening every other figure.
 * A figure is left out when either group has fewer than MIN_VALID_SAMPLES usable samples, or when the ratio of its
 * medians or a bound of its CI is not a finite positive number (finiteRatio).
 */
function figures_numaFigures(results, options = {}) {
    if (results.cells.length === 0)
        return [];
    const groups = new Groups();
    const paddingsOf = new Map();
    const implementations = new Set();
    const modes = new Set();
    for (const result of results.cells) {
        const { cell } = result;
        groups.add(result);
        implementations.add(cell.subject);
        modes.add(cell.mode);
        paddingsOf.set(cell.subject, (paddingsOf.get(cell.subject) ?? new Set()).add(cell.padding));
    }
    const canonicalPadding = (implementation) => canonicalSettings(results, implementation).padding;
    const home = canonicalSettings(results, results.cells[0].cell.subject).home;
    const figures = [];
    for (const mode of [...modes]) {
        const figureMetric = FIGURE_METRIC[mode];
        const better = (left, right) => figureMetric.direction === 'higher-is-better' ? left > right : left < right;
        const figure = (kind, label, implementation, reference, subject, metric = figureMetric) => {
            const referenceValues = valuesOf(reference, metric.name);
            const subjectValues = valuesOf(subject, metric.name);
            if (reference === undefined || subject === undefined)
                return;
            if (referenceValues.length < MIN_VALID_SAMPLES || subjectValues.length < MIN_VALID_SAMPLES)
                return;
            // The RTT tail's class figures keep the seed the report's p99 column drew before stats computed it.
            const seed = metric === figureMetric
                ? hashSeed(`${kind}|${label}|${mode}|${implementation}`)
                : hashSeed(`class-tail|${implementation}|${subject.side.placementClass}`);
            const referenceSummary = summarize(referenceValues);
            const subjectSummary = summarize(subjectValues);
            const ratio = finiteRatio(subjectSummary.median, referenceSummary.median);
            if (ratio === null)
                return;
            const ratioCi = bootstrapRatioCi(referenceValues, subjectValues, { seed, resamples: options.resamples });
            if (ratioCi.some((bound) => !(Number.isFinite(bound) && bound > 0)))
                return;
            figures.push({
                kind,
                label,
                mode,
                implementation,
                metric: metric.name,
                direction: metric.direction,
                sides: { reference: reference.side, subject: subject.side },
                reference: referenceSummary,
                subject: subjectSummary,
                ratio,
                ratioCi,
                pValue: mannWhitneyU(referenceValues, subjectValues).pValue
            });
        };
        const where = (place) => (mode === 'same-thread' ? 'one CPU' : place);
        for (const implementation of [...implementations].filter((each) => each !== 'batched')) {
            const padding = canonicalPadding(implementation);
            const paddings = paddingsOf.get(implementation) ?? new Set();
            const at = (place, atPadding = padding, atHome = home) => groups.get(implementation, mode, place, atPadding, atHome);
            const count = (place) => valuesOf(at(place), figureMetric.name).length;
            const measured = PLACEMENT_CLASSES.filter((place) => count(place) >= MIN_VALID_SAMPLES);
            const prefix = implementation === 'subject' ? 'subject: ' : '';
            const candidates = mode === 'same-thread' ? measured : measured.filter((place) => LOCAL_CLASSES.includes(place));
            const middle = (place) => summary_median(valuesOf(at(place), figureMetric.name));
            const best = candidates.reduce((winner, place) => (winner === null || better(middle(place), middle(winner)) ? place : winner), null);
            if (best !== null && mode !== 'same-thread') {
                for (const place of measured.filter((place) => place !== best)) {
                    for (const metric of COMPARED_METRICS[mode]) {
                        figure('class', `${prefix}${place} vs ${best}`, implementation, at(best), at(place), metric);
                    }
                }
            }
            for (const place of PLACEMENT_CLASSES) {
                for (const other of [...paddings].filter((value) => value !== padding).sort((left, right) => left - right)) {
                    figure('padding', `${prefix}padding ${other} vs ${padding} (${where(place)})`, implementation, at(place), at(place, other));
                }
                for (const otherHome of MEMORY_HOMES.filter((value) => value !== 'producer')) {
                    figure('memory-home', `${prefix}memory ${otherHome} vs producer (${where(place)})`, implementation, at(place, padding, 'producer'), at(place, padding, otherHome));
                }
            }
            if (best !== null) {
                figure('pinning', `${prefix}unpinned vs pinned ${where(best)}`, implementation, at(best), at('unpinned', padding, 'first-touch'));
            }
        }
        const compared = implementations.has('reference') ? OTHER_IMPLEMENTATIONS : [];
        for (const implementation of compared.filter((each) => implementations.has(each))) {
            const padding = canonicalPadding(implementation);
            for (const place of [...PLACEMENT_CLASSES, 'unpinned']) {
                const placeHome = place === 'unpinned' ? 'first-touch' : home;
                figure('implementation', `${implementation} vs reference (${where(place)})`, implementation, groups.get('reference', mode, place, padding, placeHome), groups.get(implementation, mode, place, padding, placeHome));
            }
        }
    }
    const adjusted = holm(figures.map((figure) => figure.pValue));
    return figures.map((figure, index) => ({ ...figure, adjustedP: adjusted[index] }));
}
/**
 * Medians per implementation, mode, pinning and padding, pooled over the placement classes at the canonical memory
 * home (first touch for unpinned cells): what a runner without cross-node classes can still show, modes × padding.
 * Groups with fewer than MIN_VALID_SAMPLES usable values are left out.
 */
function settingMedians(results) {
    const pooled = new Map();
    for (const result of results.cells) {
        const { cell } = result;
        const home = cell.pinned ? canonicalSettings(results, cell.subject)?.home : 'first-touch';
        if (cell.memoryHome !== home)
            continue;
        const metric = FIGURE_METRIC[cell.mode];
        const key = `${cell.subject}|${cell.mode}|${cell.pinned}|${cell.padding}`;
        const entry = pooled.get(key) ?? {
            implementation: cell.subject,
            mode: cell.mode,
            metric: metric.name,
            pinned: cell.pinned,
            padding: cell.padding,
            summary: { n: 0, median: 0, ci: [0, 0] },
            values: []
        };
        entry.values.push(...cellMetricValues(result, metric).values);
        pooled.set(key, entry);
    }
    return [...pooled.values()]
        .filter((entry) => entry.values.length >= MIN_VALID_SAMPLES)
        .map(({ values, ...entry }) => ({ ...entry, summary: summarize(values) }))
        .sort((left, right) => left.padding - right.padding);
}
/** Every cell's median of its figure metric (throughput, or RTT p50 in ping-pong), in the results' order. */
function cellMedians(results) {
    return results.cells.map((result) => {
        const metric = FIGURE_METRIC[result.cell.mode];
        const { values } = cellMetricValues(result, metric);
        return { cell: result.cell, metric: metric.name, median: values.length === 0 ? null : summary_median(values) };
    });
}
/**
 * Per pinned placement class, the implementation's figure metric of one mode (RTT p50 for pingpong) pooled over the
 * class's pairs at the canonical padding and memory home, as the class figures pool it; classes with fewer than
 * MIN_VALID_SAMPLES usable values are left out.
 */
function classMedians(results, implementation, mode) {
    const settings = canonicalSettings(results, implementation);
    if (settings === null)
        return [];
    const groups = new Groups();
    for (const result of results.cells)
        if (result.cell.subject === implementation)
            groups.add(result);
    const metric = FIGURE_METRIC[mode].name;
    return PLACEMENT_CLASSES.flatMap((placementClass) => {
        const values = valuesOf(groups.get(implementation, mode, placementClass, settings.padding, settings.home), metric);
        return values.length < MIN_VALID_SAMPLES ? [] : [{ placementClass, metric, summary: summarize(values) }];
    });
}

;// CONCATENATED MODULE: ./src/stats/spread.ts



/**
 * The run-to-run spread of every cell metric in a fingerprint's baseline history, keyed like CellComparison.key
 * ("cellKey#metric").
 *
 * Samples within one run are interleaved, so the Mann-Whitney test in compareResults sees only within-run noise;
 * whatever shifts a whole run (the VM's host, its clock, a neighbour) moves every sample of that run together and is
 * invisible to it. The history shows that shift directly: each run contributes its median, and the spread is the
 * largest relative distance of one run's median from the median of all run medians. Medians keep a few wild samples
 * from counting as a shifted run; the largest distance (rather than a standard deviation) is conservative on purpose,
 * since with the 2–5 runs a store keeps an estimate of the typical distance would understate how far a run can land.
 *
 * Only runs with at least MIN_VALID_SAMPLES usable samples of the metric count, and only runs whose cell was measured
 * with the same parameters (messages, capacity, …) as the first run in `history` that has it, since a different shape
 * moves the median for reasons that are not run-to-run noise. A cell metric seen in fewer than 2 such runs has no entry.
 *
 * @param history results of the baseline runs of one fingerprint, newest first (the store's order)
 */
function runToRunSpread(history) {
    const medians = new Map();
    for (const results of history) {
        for (const result of results.cells) {
            for (const metric of COMPARED_METRICS[result.cell.mode]) {
                const values = cellMetricValues(result, metric).values;
                if (values.length < MIN_VALID_SAMPLES)
                    continue;
                const key = `${result.cell.key}#${metric.name}`;
                const seen = medians.get(key);
                if (seen === undefined)
                    medians.set(key, { shape: result.cell, medians: [summary_median(values)] });
                else if (shapeDifference(seen.shape, result.cell) === null)
                    seen.medians.push(summary_median(values));
            }
        }
    }
    const spreads = new Map();
    for (const [key, { medians: runMedians }] of medians) {
        if (runMedians.length < 2)
            continue;
        const centre = summary_median(runMedians);
        const ratios = runMedians.map((value) => finiteRatio(value, centre));
        // A run median beyond a double's range from the centre gives no usable spread (and must not become Infinity).
        if (ratios.some((ratio) => ratio === null))
            continue;
        spreads.set(key, {
            spread: Math.max(...ratios.map((ratio) => Math.abs(ratio - 1))),
            runs: runMedians.length
        });
    }
    return spreads;
}

;// CONCATENATED MODULE: ./src/stats/index.ts















;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Everything the report prints that did not come from this code (benchmark output, invalid-sample reasons, host
 * names, file names, cell keys carrying a subject's name) goes through here, so a results file cannot inject
 * Markdown, HTML, @mentions or table breaks into a PR comment.
 */
/** Longest piece of foreign text shown in one place; longer text is cut with an ellipsis. */
const MAX_TEXT_LENGTH = 300;
// C0/C1 controls, and the bidirectional overrides and isolates that can make text read differently than it is.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\r\n\u2028\u2029]+/g;
// Characters that open inline Markdown anywhere in a line: emphasis, code, links and images, table cells,
// strikethrough, math. Line-start constructs (headings, lists, quotes) cannot occur: foreign text never starts a line.
const MARKDOWN = /[\\`*_[\]|~$]/g;
const ZERO_WIDTH_SPACE = '&#8203;';
// What GitHub turns into mentions, issue references and autolinks; one pass, so the inserted entity is not rescanned.
const LINK_STARTS = /@|#(?=\w)|:\/\//g;
/**
 * Foreign text as inline Markdown on one line: literal on screen, never markup, HTML, a mention, an issue reference
 * or an autolink. A zero-width space after "@", "#" and "://" is what keeps GitHub from linking them.
 */
function escapeText(text, maxLength = MAX_TEXT_LENGTH) {
    let plain = text.replace(INVISIBLE, '').replace(LINE_BREAKS, ' ');
    if (plain.length > maxLength)
        plain = `${plain.slice(0, maxLength - 1)}…`;
    return plain
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MARKDOWN, (character) => `\\${character}`)
        .replace(LINK_STARTS, (start) => `${start.charAt(0)}${ZERO_WIDTH_SPACE}${start.slice(1)}`);
}
/** Text for inside a Mermaid string: Mermaid has no escape for quotes, so only plain characters survive. */
function mermaidText(text, maxLength = 40) {
    const plain = text
        .replace(/[^A-Za-z0-9 ,._%/+-]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return plain.length > maxLength ? `${plain.slice(0, maxLength - 3)}...` : plain;
}

;// CONCATENATED MODULE: ./src/report/format.ts
/** Which quantity a stats metric measures. */
function metricKind(metric) {
    switch (metric) {
        case 'messagesPerSecond':
            return 'throughput';
        case 'rttNs.p50':
            return 'rtt-p50';
        case 'rttNs.p99':
            return 'rtt-p99';
    }
}
const METRIC_NAMES = {
    throughput: 'throughput',
    'rtt-p50': 'RTT p50',
    'rtt-p99': 'RTT p99'
};
function metricName(metric) {
    return METRIC_NAMES[metricKind(metric)];
}
/**
 * The report's one minus sign is ASCII's: the statistics' reasons, Mermaid labels and the action's outputs all use it,
 * and a second sign (U+2212) beside it reads as two different things.
 */
const MINUS = '-';
/** The unit a value reads best in; a median and its CI share the median's scale. */
function scaleFor(metric, value) {
    const magnitude = Math.abs(value);
    if (metricKind(metric) === 'throughput') {
        if (magnitude >= 1e9)
            return { divisor: 1e9, unit: ' G/s', digits: 2 };
        if (magnitude >= 1e6)
            return { divisor: 1e6, unit: ' M/s', digits: 1 };
        if (magnitude >= 1e3)
            return { divisor: 1e3, unit: ' k/s', digits: 1 };
        return { divisor: 1, unit: ' /s', digits: 0 };
    }
    if (magnitude >= 1e6)
        return { divisor: 1e6, unit: ' ms', digits: 2 };
    if (magnitude >= 1e3)
        return { divisor: 1e3, unit: ' µs', digits: 2 };
    return { divisor: 1, unit: ' ns', digits: 0 };
}
/** A value of the metric with its unit: "12.3 M/s", "840 ns". */
function formatValue(metric, value) {
    const scale = scaleFor(metric, value);
    return `${(value / scale.divisor).toFixed(scale.digits)}${scale.unit}`;
}
/** "12.3 M/s [11.9 M/s, 12.8 M/s]": the median and its 95 % CI, each bound in its own unit, or "–" without samples. */
function formatSummary(metric, summary) {
    if (summary === null || summary.n === 0)
        return '–';
    const [low, high] = summary.ci.map((bound) => formatValue(metric, bound));
    return `${formatValue(metric, summary.median)} [${low}, ${high}]`;
}
/** A signed percentage: "-38 %", "+4.2 %". */
function formatPercent(fraction) {
    const percent = fraction * 100;
    const magnitude = Math.abs(percent);
    const digits = magnitude >= 10 ? 0 : 1;
    const text = magnitude.toFixed(digits);
    if (Number(text) === 0)
        return '0 %';
    return `${percent < 0 ? MINUS : '+'}${text} %`;
}
function signedPercent(percent, digits) {
    const text = Math.abs(percent).toFixed(digits);
    if (Number(text) === 0)
        return '0 %';
    return `${percent < 0 ? MINUS : '+'}${text} %`;
}
/** A ratio as a change, optionally naming what changed: "-38 % [-41 %, -35 %]", "-38 % throughput [-41 %, -35 %]". */
function formatChange(ratio, ci, what = '') {
    const change = `${formatPercent(ratio - 1)}${what === '' ? '' : ` ${what}`}`;
    if (ci === null)
        return change;
    const digits = Math.abs(ratio - 1) * 100 >= 10 ? 0 : 1;
    return `${change} [${signedPercent((ci[0] - 1) * 100, digits)}, ${signedPercent((ci[1] - 1) * 100, digits)}]`;
}
/** A ratio as a factor: "×2.6 [×2.4, ×2.9]"; a tight CI gets the digits that tell its bounds apart. */
function formatFactor(ratio, ci) {
    let digits = ratio >= 10 ? 0 : ratio >= 1.95 ? 1 : 2;
    while (ci !== null && digits < 3 && ci[0].toFixed(digits) === ci[1].toFixed(digits) && ci[0] !== ci[1])
        digits++;
    const text = `×${ratio.toFixed(digits)}`;
    return ci === null ? text : `${text} [×${ci[0].toFixed(digits)}, ×${ci[1].toFixed(digits)}]`;
}
/** Throughput ratios read as changes, latency ratios as factors (a round trip taking ×2.6 as long). */
function formatRatio(metric, ratio, ci) {
    return metricKind(metric) === 'throughput' ? formatChange(ratio, ci) : formatFactor(ratio, ci);
}
/** Whether a ratio's whole CI says better, worse, or cannot tell, for the metric's direction. */
function outcome(direction, ci) {
    if (ci[0] > 1)
        return direction === 'higher-is-better' ? 'better' : 'worse';
    if (ci[1] < 1)
        return direction === 'higher-is-better' ? 'worse' : 'better';
    return 'same';
}
/** A comparison's minimum change as a percentage: 0.05 reads "5 %", 0.025 "2.5 %". */
function formatThreshold(threshold) {
    return `${Number((threshold * 100).toFixed(2))} %`;
}
function formatP(p) {
    if (p === null)
        return '–';
    if (p < 0.0001)
        return '<0.0001';
    return p < 0.01 ? p.toFixed(4) : p.toFixed(3);
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}

;// CONCATENATED MODULE: ./src/report/details.ts




/** Rows listed for plan drops and invalid cells before the rest are only counted. */
const MAX_ROWS = 40;
function collapsed(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function capped(items, render, what) {
    const lines = items.slice(0, MAX_ROWS).map(render);
    if (items.length > MAX_ROWS)
        lines.push(`\n…and ${items.length - MAX_ROWS} more ${what}.`);
    return lines;
}
function renderTopology(results) {
    const topology = results.topology;
    const lines = [
        `${escapeText(topology.cpuModel ?? 'unknown CPU')}: ${topology.packages === null ? 'packages unknown' : plural(topology.packages, 'package')}, ${plural(topology.dies, 'die')}, ` +
            `${topology.cores === null ? 'cores unknown' : plural(topology.cores, 'core')}, ${plural(topology.pus, 'logical CPU')}, SMT ${topology.smt ? 'on' : 'off'}, ` +
            `${plural(topology.nodes.length, 'NUMA node')}${topology.numaCapable ? '' : ' (not NUMA-capable: fewer than two nodes with usable CPUs)'}.`,
        `Fingerprint ${escapeText(topology.fingerprint)}; allowed CPUs ${cpulist_formatCpuList(topology.allowedCpus) || 'none'}` +
            `${topology.allowedMemoryNodes === undefined ? '' : `; allowed memory nodes ${cpulist_formatCpuList(topology.allowedMemoryNodes) || 'none'}`}.`,
        '',
        '| node | CPUs | memory |',
        '|---|---|---|',
        ...topology.nodes.map((node) => `| ${node.id} | ${cpulist_formatCpuList(node.cpus) || 'none (memory only)'} | ${node.memoryMiB === null ? 'unknown' : `${node.memoryMiB} MiB`} |`)
    ];
    if (topology.distances === null) {
        lines.push('', 'Node distances (SLIT): unknown.');
    }
    else {
        lines.push('', 'Node distances (SLIT, 10 = local):', '', `| from \\ to | ${topology.nodes.map((node) => node.id).join(' | ')} |`);
        lines.push(`|---|${topology.nodes.map(() => '---|').join('')}`);
        topology.nodes.forEach((node, row) => lines.push(`| ${node.id} | ${(topology.distances?.[row] ?? []).join(' | ')} |`));
    }
    if (topology.warnings.length > 0)
        lines.push('', ...capped(topology.warnings, (warning) => `- ${escapeText(warning)}`, 'warnings'));
    return collapsed('Topology', lines.join('\n'));
}
function environmentSettings(results) {
    const environment = results.environment;
    const text = (value) => (value === null ? 'unknown' : escapeText(value));
    return [
        {
            name: 'virtual machine',
            value: environment.virtualized ? 'yes' : 'no',
            flag: environment.virtualized ? 'a hypervisor schedules the vCPUs and may present a topology unlike the host' : ''
        },
        {
            name: 'numa_balancing',
            value: text(environment.numaBalancing),
            flag: environment.numaBalancing !== null && environment.numaBalancing !== '0'
                ? "the kernel may migrate the ring's pages mid-run (samples whose pages moved are marked invalid); sysctl kernel.numa_balancing=0"
                : ''
        },
        {
            name: 'transparent huge pages',
            value: text(environment.transparentHugepages),
            flag: environment.transparentHugepages === 'always'
                ? 'the ring may sit on huge pages, which moves TLB costs and page placement'
                : ''
        },
        {
            name: 'CPU frequency governor',
            value: text(environment.governor),
            flag: environment.governor === null || environment.governor === 'performance'
                ? ''
                : 'frequency scaling adds variance; the performance governor holds clocks steady'
        },
        { name: 'kernel', value: escapeText(environment.kernel), flag: '' },
        { name: 'host', value: escapeText(environment.hostname), flag: '' },
        {
            name: 'compiler',
            value: `${text(environment.compiler)} ${environment.compilerFlags === null ? '' : escapeText(environment.compilerFlags)}`.trim(),
            flag: ''
        },
        {
            name: 'load average (start → end)',
            value: `${environment.loadAverageStart.map((value) => value.toFixed(2)).join(' ')} → ${environment.loadAverageEnd.map((value) => value.toFixed(2)).join(' ')}`,
            flag: ''
        },
        {
            name: 'run',
            value: `${escapeText(environment.startedAt)} → ${escapeText(environment.finishedAt)}${results.interrupted ? ' (interrupted)' : ''}`,
            flag: ''
        },
        { name: 'commit', value: text(environment.gitCommit), flag: '' },
        { name: 'tool', value: `numa-spsc-bench ${escapeText(results.tool.version)}`, flag: '' }
    ];
}
/** Settings that may move the numbers, each flagged with why; shown in the section too when any is flagged. */
function environmentFlags(results) {
    return environmentSettings(results)
        .filter((setting) => setting.flag !== '')
        .map((setting) => `${setting.name} = ${setting.value}: ${setting.flag}`);
}
function renderEnvironment(results) {
    const rows = environmentSettings(results).map((setting) => `| ${setting.name} | ${setting.value} | ${setting.flag === '' ? '' : `⚠️ ${setting.flag}`} |`);
    return collapsed('Environment', ['| setting | value | note |', '|---|---|---|', ...rows].join('\n'));
}
function renderPlan(results) {
    const plan = results.plan;
    const taken = results.cells.reduce((sum, result) => sum + result.samples.length, 0);
    const lines = [
        `${plural(plan.cells.length, 'cell')} × ${plural(plan.repetitions, 'repetition')} = ${plan.cells.length * plan.repetitions} samples planned, ` +
            `${taken} taken${results.interrupted ? ' (the run was interrupted)' : ''}; interleaved order seed ${plan.seed}; ` +
            `budget ${plan.budgetSeconds} s, estimated ${Math.round(plan.estimatedSeconds)} s` +
            (plan.costSource === 'pilot' ? ` from a ${(plan.pilotSeconds ?? 0).toFixed(1)} s pilot on this machine` : '') +
            (results.timing === undefined
                ? '.'
                : `, took ${Math.round(results.timing.actualSeconds)} s (builds before it: ${Math.round(results.timing.buildSeconds)} s).`)
    ];
    const stopped = results.stoppedEarly;
    if (stopped !== null) {
        lines.push('', `**Stopped early** (${stopped.reason}): ${escapeText(stopped.detail)}; ${stopped.blocksTaken} of ` +
            `${stopped.blocksPlanned} blocks taken, ${stopped.samplesLeftOut} samples never started, ` +
            `${stopped.samplesDropped} measured and dropped to keep every cell at whole blocks.`);
    }
    if (plan.unavailableClasses.length > 0) {
        lines.push('', 'Classes this runner cannot place:', '');
        lines.push(...plan.unavailableClasses.map((entry) => `- ${escapeText(entry.name)}: ${escapeText(entry.reason)}`));
    }
    if (plan.dropped.length > 0) {
        lines.push('', 'Left out to fit the budget or the options:', '');
        lines.push(...capped(plan.dropped, (drop) => `- ${escapeText(drop.what)}: ${escapeText(drop.why)}`, 'left out'));
    }
    return collapsed('Plan', lines.join('\n'));
}
/** The cells with invalid samples and why, or null when every sample was valid. */
function renderInvalidCells(results) {
    const broken = results.cells.filter((result) => result.samples.some((sample) => !sample.valid));
    if (broken.length === 0)
        return null;
    const invalidSamples = broken.reduce((sum, result) => sum + result.samples.filter((sample) => !sample.valid).length, 0);
    const rows = capped(broken, (result) => {
        const invalid = result.samples.filter((sample) => !sample.valid);
        const reasons = [...new Set(invalid.flatMap((sample) => sample.invalidReasons))];
        const shown = reasons.slice(0, 3).map((reason) => escapeText(reason, 160));
        if (reasons.length > 3)
            shown.push(`${reasons.length - 3} more`);
        return `| ${escapeText(result.cell.key, 160)} | ${invalid.length} of ${result.samples.length} | ${shown.join('; ') || 'no reason recorded'} |`;
    }, 'cells');
    return collapsed(`Invalid samples: ${invalidSamples} in ${plural(broken.length, 'cell')}`, ['| cell | invalid | why |', '|---|---|---|', ...rows].join('\n'));
}
/** Every cell's median of its main metric (throughput, or RTT p50 in ping-pong) over the valid samples. */
function renderCellTable(results) {
    if (results.cells.length === 0)
        return null;
    const rows = cellMedians(results).map(({ cell, metric, median }, index) => {
        const samples = results.cells[index].samples;
        const valid = samples.filter((sample) => sample.valid).length;
        const label = cell.mode === 'pingpong' ? `${metricName(metric)} ` : '';
        const value = median === null ? '–' : `${label}${formatValue(metric, median)}`;
        return `| ${escapeText(cell.key, 160)} | ${valid} of ${samples.length} | ${value} |`;
    });
    return collapsed(`All ${plural(results.cells.length, 'cell')}: medians of the valid samples`, ['| cell | valid samples | median |', '|---|---|---|', ...rows].join('\n'));
}

;// CONCATENATED MODULE: ./src/report/counters.ts
/**
 * The hardware-counter section: per message and per thread, for each placement class, the median count of every
 * event the driver counted, with what each event counts on this CPU (src/native/counters.ts). Where no sample has
 * counters the section says so and why, so "no numbers" is never mistaken for "zero misses".
 */




const HEADING = '### Hardware counters per message';
const SIDES = ['producer', 'consumer'];
/** Why perf_event_open failed (escaped, from the driver), in words a runner's owner can act on (markdown). */
function explainUnavailable(reason) {
    const text = escapeText(reason ?? 'no sample reported counters');
    if (/No such file or directory|ENOENT|not supported|EOPNOTSUPP/i.test(reason ?? '')) {
        return (`${text}. The kernel offers no hardware PMU to this process: virtual machines and hosted CI runners usually ` +
            'do not pass the host’s performance counters through. Run on bare metal, or on a VM with a virtual PMU.');
    }
    if (/Permission denied|Operation not permitted|EACCES|EPERM|paranoid/i.test(reason ?? '')) {
        return (`${text}. kernel.perf_event_paranoid forbids counting: a value of 2 or less lets a process count its own ` +
            'threads in user mode (`sudo sysctl kernel.perf_event_paranoid=2`); some distributions add a stricter 3.');
    }
    return text;
}
function countsOf(side) {
    return side === undefined || side === null ? null : side;
}
function collect(results) {
    const groups = new Map();
    const events = [];
    let reason = null;
    for (const { cell, samples } of results.cells) {
        for (const sample of samples) {
            const record = sample.record;
            if (!sample.valid || record === null)
                continue;
            reason ??= record.perf.unavailableReason;
            const messages = record.results.messages;
            if (messages <= 0)
                continue;
            const key = `${record.implementation}\u0000${cell.mode}\u0000${cell.placementClass}`;
            let group = groups.get(key);
            for (const side of SIDES) {
                const counts = countsOf(record.perf[side]);
                if (counts === null)
                    continue;
                if (group === undefined) {
                    group = {
                        implementation: record.implementation,
                        mode: cell.mode,
                        placementClass: cell.placementClass,
                        perMessage: new Map()
                    };
                    groups.set(key, group);
                }
                const bySide = group.perMessage.get(side) ?? new Map();
                group.perMessage.set(side, bySide);
                for (const [event, count] of Object.entries(counts)) {
                    if (!events.includes(event))
                        events.push(event);
                    bySide.set(event, [...(bySide.get(event) ?? []), count / messages]);
                }
            }
        }
    }
    return { groups: [...groups.values()], events, reason };
}
function formatPerMessage(value) {
    if (value === null)
        return '–';
    if (value === 0)
        return '0';
    if (value >= 100)
        return value.toFixed(0);
    return value.toPrecision(3);
}
/** The section, or a one-paragraph "not available here" with the reason when no valid sample carried counters. */
function renderCounters(results) {
    const { groups, events, reason } = collect(results);
    if (groups.length === 0) {
        return `${HEADING}\n\nNot available here: ${explainUnavailable(reason)}`;
    }
    const cpu = cpuIdentityFromModelName(results.topology.cpuModel);
    const header = `| implementation | mode | class | thread | ${events.map((event) => `\`${event}\``).join(' | ')} |`;
    const rule = `|${' --- |'.repeat(4)}${' ---: |'.repeat(events.length)}`;
    const rows = groups.flatMap((group) => SIDES.filter((side) => group.perMessage.has(side)).map((side) => {
        const bySide = group.perMessage.get(side);
        const cells = events.map((event) => {
            const values = bySide.get(event);
            return formatPerMessage(values === undefined ? null : summary_median(values));
        });
        const label = [group.implementation, group.mode, group.placementClass, side].map((text) => escapeText(text, 60));
        return `| ${[...label, ...cells].join(' | ')} |`;
    }));
    const meanings = events.map((event) => {
        const described = describeEvent(event, cpu);
        return described === null
            ? `- \`${escapeText(event)}\`: an event this tool does not choose (set through NUMA_SPSC_BENCH_PERF_EVENTS); look it up in \`perf list\`.`
            : `- \`${event}\`: ${described.meaning}. Source: ${described.source}.`;
    });
    const partial = reason === null ? '' : `\n\nSome counters were missing: ${explainUnavailable(reason)}`;
    const remote = events.some((event) => (describeEvent(event, cpu)?.type ?? PERF_TYPE_HARDWARE) !== PERF_TYPE_HARDWARE);
    const genericOnly = remote
        ? ''
        : '\n\nOnly generic events were counted, so this table cannot tell a same-socket transfer from a cross-socket ' +
            'one: remote-cache events are chosen only for CPUs whose event lists src/native/counters.ts knows (Intel ' +
            'Skylake-SP to Sapphire Rapids, AMD Zen 3 and Zen 4).';
    return (`${HEADING}\n\n` +
        `Median over the valid samples of each class (every pair, memory home and padding in it) of count ÷ timed ` +
        `messages, per thread, user mode only (pingpong: per round trip). A cross-class difference in the remote-cache ` +
        `events is the coherence traffic each message costs; \`cycles\` and \`instructions\` include the spinning of a ` +
        `waiting side.\n\n${header}\n${rule}\n${rows.join('\n')}${partial}${genericOnly}\n\n` +
        collapsed(`What each event counts on ${escapeText(results.topology.cpuModel ?? 'this CPU')}`, meanings.join('\n')));
}

;// CONCATENATED MODULE: ./src/report/chart.ts


/** The largest unit in which the largest value is at least 1: "M messages/s", "µs". Bar and trend charts share it. */
function axisUnit(metric, largest) {
    if (metricKind(metric) === 'throughput') {
        if (largest >= 1e9)
            return [1e9, 'G messages/s'];
        if (largest >= 1e6)
            return [1e6, 'M messages/s'];
        if (largest >= 1e3)
            return [1e3, 'k messages/s'];
        return [1, 'messages/s'];
    }
    if (largest >= 1e6)
        return [1e6, 'ms'];
    if (largest >= 1e3)
        return [1e3, 'us'];
    return [1, 'ns'];
}
/** The next 1, 2 or 5 × 10^k at or above the value, so the axis ends on a round number. */
function niceCeiling(value) {
    if (!(value > 0))
        return 1;
    const power = 10 ** Math.floor(Math.log10(value));
    const step = [1, 2, 5, 10].find((factor) => factor * power >= value) ?? 10;
    return Number((step * power).toPrecision(12));
}
/** One bar per entry, in order, on a y-axis from zero; null when there is nothing finite to draw. */
function barChart(title, metric, entries) {
    const bars = entries.filter((bar) => Number.isFinite(bar.value) && bar.value >= 0);
    if (bars.length === 0)
        return null;
    const [divisor, unit] = axisUnit(metric, Math.max(...bars.map((bar) => bar.value)));
    const values = bars.map((bar) => Number((bar.value / divisor).toFixed(2)));
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${mermaidText(title, 80)}"`,
        `    x-axis [${bars.map((bar) => `"${mermaidText(bar.label)}"`).join(', ')}]`,
        `    y-axis "${mermaidText(unit)}" 0 --> ${niceCeiling(Math.max(...values) * 1.1)}`,
        `    bar [${values.join(', ')}]`,
        '```'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/penalty.ts



const SHOWN = ['throughput', 'rtt-p50', 'rtt-p99'];
const pinnedClass = (place) => place === 'unpinned' ? null : place;
/** One table per implementation with class figures, reference first. */
function penaltyTables(figures) {
    const tables = [];
    for (const implementation of ['reference', 'subject']) {
        const rows = new Map();
        const row = (name) => {
            const existing = rows.get(name) ?? { name, best: false, measures: {} };
            rows.set(name, existing);
            return existing;
        };
        const bests = new Map();
        for (const figure of figures) {
            if (figure.kind !== 'class' || figure.implementation !== implementation || figure.mode === 'same-thread')
                continue;
            const subject = pinnedClass(figure.sides.subject.placementClass);
            const reference = pinnedClass(figure.sides.reference.placementClass);
            if (subject === null || reference === null)
                continue;
            const kind = metricKind(figure.metric);
            bests.set(reference, (bests.get(reference) ?? 0) + 1);
            const best = row(reference);
            best.best = true;
            best.measures[kind] ??= {
                metric: figure.metric,
                summary: figure.reference,
                ratio: null,
                ratioCi: null,
                adjustedP: null
            };
            row(subject).measures[kind] = {
                metric: figure.metric,
                summary: figure.subject,
                ratio: figure.ratio,
                ratioCi: figure.ratioCi,
                adjustedP: figure.adjustedP
            };
        }
        if (rows.size === 0)
            continue;
        const bestLocal = [...bests.entries()].sort((a, b) => b[1] - a[1])[0][0];
        const sorted = [...rows.values()].sort((a, b) => PLACEMENT_CLASSES.indexOf(a.name) - PLACEMENT_CLASSES.indexOf(b.name));
        tables.push({ implementation, bestLocal, rows: sorted });
    }
    return tables;
}
function cell(measure) {
    if (measure === undefined)
        return ['–', '–'];
    const ratio = measure.ratio === null ? 'best local' : formatRatio(measure.metric, measure.ratio, measure.ratioCi);
    return [formatSummary(measure.metric, measure.summary), ratio];
}
/** "cross-package: -38 % throughput [-41 %, -35 %], RTT ×2.6 [×2.4, ×2.9]" for one class, or null for the best local one. */
function penaltySentence(row) {
    const parts = [];
    const throughput = row.measures.throughput;
    if (throughput?.ratio != null)
        parts.push(formatChange(throughput.ratio, throughput.ratioCi, 'throughput'));
    const rtt = row.measures['rtt-p50'];
    if (rtt?.ratio != null)
        parts.push(`RTT ${formatRatio(rtt.metric, rtt.ratio, rtt.ratioCi)}`);
    const tail = row.measures['rtt-p99'];
    if (tail?.ratio != null)
        parts.push(`RTT p99 ${formatRatio(tail.metric, tail.ratio, tail.ratioCi)}`);
    return parts.length === 0 ? null : `${row.name}: ${parts.join(', ')}`;
}
function renderPenaltyTable(table) {
    const best = table.bestLocal;
    const lines = [
        `| class (${table.implementation}) | throughput [95 % CI] | vs ${best} | RTT p50 [95 % CI] | vs ${best} | RTT p99 [95 % CI] | vs ${best} |`,
        '|---|---|---|---|---|---|---|'
    ];
    for (const row of table.rows)
        lines.push(`| ${row.name} | ${SHOWN.flatMap((kind) => cell(row.measures[kind])).join(' | ')} |`);
    const sentences = table.rows.flatMap((row) => penaltySentence(row) ?? []);
    if (sentences.length > 0) {
        lines.push('', `Against the best local class, ${best} (medians pooled over the class's pairs; bootstrap 95 % CI):`, '');
        for (const sentence of sentences)
            lines.push(`- ${sentence}`);
    }
    return lines.join('\n');
}
/**
 * Median throughput per class of every implementation on one axis, reference and subject side by side under each
 * class, so a subject half as fast draws a bar half as high.
 */
function renderClassChart(tables) {
    const bars = [];
    for (const name of PLACEMENT_CLASSES) {
        for (const table of tables) {
            const throughput = table.rows.find((row) => row.name === name)?.measures.throughput;
            if (throughput === undefined)
                continue;
            bars.push({
                label: tables.length > 1 ? `${name} ${table.implementation}` : name,
                value: throughput.summary.median
            });
        }
    }
    return barChart('Median throughput per placement class', 'messagesPerSecond', bars);
}

;// CONCATENATED MODULE: ./src/report/findings.ts
/**
 * Findings and recommendations from this run's figures. Each one cites the figures it rests on and is left out when
 * those figures are absent; none is said without numbers behind it.
 */




/**
 * "One channel per socket" is recommended when even the favourable end of the cross-package CI loses a quarter of
 * the best local throughput or makes a round trip 1.5× as long. Sharding costs a second channel and a bulk hop, so it
 * must buy more than noise; published cross-socket line transfers cost 2.1–2.9× same-socket ones
 * (docs/numa-guide.md §1), so a real cross-socket penalty clears this line with room to spare.
 */
const SHARD_THROUGHPUT_LOSS = 0.25;
const SHARD_RTT_FACTOR = 1.5;
/** Evidence lines shown under one finding; the rest are counted. */
const MAX_EVIDENCE = 6;
/**
 * A finding stands on a figure only when its Holm-adjusted p-value (across every figure of the run) is below this,
 * the gate's default alpha, and its whole 95 % CI lies on one side of no change: the same bar a regression clears.
 */
const FINDING_ALPHA = Number(DEFAULTS.alpha);
/** "88 %" or "99.5 %": a ratio as a share, with a decimal where the difference is small. */
function share(ratio) {
    const percent = ratio * 100;
    return `${Math.abs(percent - 100) < 10 ? percent.toFixed(1) : percent.toFixed(0)} %`;
}
function shareInterval(ci) {
    const digits = Math.abs(ci[0] - 1) < 0.1 || Math.abs(ci[1] - 1) < 0.1 ? 1 : 0;
    return `[${(ci[0] * 100).toFixed(digits)} %, ${(ci[1] * 100).toFixed(digits)} %]`;
}
/** "3.7×" for a ratio and its CI bounds, with the digits that tell them apart. */
function times(ratio, ci) {
    let digits = ratio >= 10 ? 0 : ratio >= 1.95 ? 1 : 2;
    while (digits < 3 && ci[0].toFixed(digits) === ci[1].toFixed(digits) && ci[0] !== ci[1])
        digits++;
    return [ratio, ci[0], ci[1]].map((value) => `${value.toFixed(digits)}×`);
}
const survives = (figure) => figure.adjustedP < FINDING_ALPHA && outcome(figure.direction, figure.ratioCi) !== 'same';
/** Reads each figure of a kind as a contest between the two options its sides name. */
function contests(figures, kind, optionOf) {
    return figures.flatMap((figure) => {
        if (figure.kind !== kind)
            return [];
        const subject = optionOf(figure.sides.subject);
        const reference = optionOf(figure.sides.reference);
        if (subject === reference)
            return [];
        const decided = survives(figure);
        const subjectWins = outcome(figure.direction, figure.ratioCi) === 'better';
        const winner = !decided ? null : subjectWins ? subject : reference;
        const loser = winner === null ? null : subjectWins ? reference : subject;
        // Stated from the winner's side: its median over the loser's, the interval turned the same way.
        const flip = winner === reference;
        const ratio = flip ? 1 / figure.ratio : figure.ratio;
        const [value, low, high] = times(ratio, flip ? [1 / figure.ratioCi[1], 1 / figure.ratioCi[0]] : figure.ratioCi);
        const [first, second] = flip ? [reference, subject] : [subject, reference];
        return [
            {
                winner,
                loser,
                claim: `${escapeText(first)}: ${value} the ${escapeText(second)} ${metricName(figure.metric)} [${low}, ${high}]`,
                source: `${escapeText(figure.label)}${decided ? '' : `; Holm-adjusted p ${formatP(figure.adjustedP)}, not decided`}`,
                size: Math.abs(Math.log(ratio))
            }
        ];
    });
}
/** The first MAX_EVIDENCE lines, then how many more there were. */
function evidenceOf(lines) {
    const shown = lines.slice(0, MAX_EVIDENCE);
    if (lines.length > MAX_EVIDENCE)
        shown.push(`and ${lines.length - MAX_EVIDENCE} more comparisons`);
    return shown;
}
/**
 * The one option that lost no surviving contest and won at least one. Figures all compare against one canonical
 * option, so "undefeated" finds the best even when it never met the others.
 */
function verdictOf(list) {
    const decided = list.filter((contest) => contest.winner !== null);
    const losers = new Set(decided.map((contest) => contest.loser));
    const undefeated = [...new Set(decided.flatMap((contest) => contest.winner ?? []))].filter((option) => !losers.has(option));
    if (undefeated.length !== 1)
        return null;
    return { winner: undefeated[0], wins: decided.filter((contest) => contest.winner === undefeated[0]) };
}
const SURVIVAL = `Holm-adjusted p < ${FINDING_ALPHA} across this run's figures and the whole 95 % CI on one side, as the gate asks`;
function contestFinding(list, topic, recommend) {
    if (list.length === 0)
        return null;
    const ordered = [...list].sort((left, right) => Number(right.winner !== null) - Number(left.winner !== null) || right.size - left.size);
    const evidence = evidenceOf(ordered.map((contest) => `${contest.claim} (${contest.source})`));
    const verdict = verdictOf(list);
    if (verdict !== null) {
        const strongest = verdict.wins.reduce((best, contest) => (contest.size > best.size ? contest : best));
        return {
            headline: `${topic}: ${recommend(verdict.winner)}; ${strongest.claim}. ${verdict.wins.length} of ` +
                `${plural(list.length, 'comparison')} support it and none is against (${SURVIVAL}).`,
            evidence
        };
    }
    const decided = list.filter((contest) => contest.winner !== null).length;
    return {
        headline: decided === 0
            ? `${topic}: no difference survives the correction (${plural(list.length, 'comparison')}; ${SURVIVAL}).`
            : `${topic}: mixed; no option won without also losing (${decided} of ${list.length} comparisons decided), so no single choice is recommended.`,
        evidence
    };
}
const HOME_ADVICE = {
    producer: "put the ring's memory on the producer's node",
    consumer: "put the ring's memory on the consumer's node",
    other: "put the ring's memory on a third node",
    'first-touch': 'leave the ring to first-touch placement'
};
function crossPackageRows(tables) {
    return tables.flatMap((table) => {
        const row = table.rows.find((each) => !each.best && each.name === 'cross-package');
        const sentence = row === undefined ? null : penaltySentence(row);
        return row === undefined || sentence === null ? [] : [{ table, row, sentence }];
    });
}
function socketFindings(tables) {
    const rows = crossPackageRows(tables);
    if (rows.length === 0)
        return [];
    const evidence = rows.map(({ table, sentence }) => `${table.implementation} ${sentence}, against ${table.bestLocal}`);
    // A class measure counts only when it survives the correction, as every other finding's figure must.
    const decided = (measure) => measure?.ratioCi != null && measure.adjustedP !== null && measure.adjustedP < FINDING_ALPHA ? measure.ratioCi : null;
    const worse = rows.some(({ row }) => {
        const throughput = decided(row.measures.throughput);
        const rtt = decided(row.measures['rtt-p50']);
        return (throughput !== null && throughput[1] < 1) || (rtt !== null && rtt[0] > 1);
    });
    const shard = rows.some(({ row }) => {
        const throughput = decided(row.measures.throughput);
        const rtt = decided(row.measures['rtt-p50']);
        return ((throughput !== null && throughput[1] <= 1 - SHARD_THROUGHPUT_LOSS) ||
            (rtt !== null && rtt[0] >= SHARD_RTT_FACTOR));
    });
    const line = `${SHARD_THROUGHPUT_LOSS * 100} % less throughput or RTT ×${SHARD_RTT_FACTOR}, with the whole 95 % CI beyond it`;
    return [
        worse
            ? {
                headline: 'Share a socket: keep producer and consumer on one package; crossing packages costs measurably.',
                evidence
            }
            : {
                headline: 'Sharing a socket made no measurable difference here: no cross-package cost survives the correction.',
                evidence
            },
        shard
            ? {
                headline: `One channel per socket: the cross-package cost is beyond this report's line for sharding (${line}). Run one ` +
                    'producer/consumer pair and one channel per socket, each ring on its own node, and cross sockets once, in bulk.',
                evidence
            }
            : {
                headline: `One channel across sockets is acceptable here: the cross-package cost stays within this report's line for sharding (${line}).`,
                evidence
            }
    ];
}
/** Where an implementation figure was measured: its class, or one CPU for same-thread cells. */
function placeOf(figure) {
    return figure.mode === 'same-thread' ? 'one CPU' : figure.sides.subject.placementClass;
}
/** How each implementation set against the reference is named in a finding's headline and its sentences. */
const IMPLEMENTATION_NAMES = {
    batched: { title: 'Batched ring vs reference', name: 'the batched ring' },
    subject: { title: 'Subject vs reference', name: 'the subject' }
};
/** "batched: 1.40× the reference throughput [1.20×, 1.60×] (cross-package)", with its p when it does not survive. */
function implementationClaim(figure) {
    const [value, low, high] = times(figure.ratio, figure.ratioCi);
    const decided = survives(figure) ? '' : `; Holm-adjusted p ${formatP(figure.adjustedP)}, not decided`;
    return `${figure.implementation}: ${value} the reference ${metricName(figure.metric)} [${low}, ${high}] (${placeOf(figure)}${decided})`;
}
function implementationFinding(figures, implementation) {
    const names = IMPLEMENTATION_NAMES[implementation];
    const own = figures.filter((figure) => figure.kind === 'implementation' && figure.implementation === implementation);
    if (names === undefined || own.length === 0)
        return null;
    const evidence = evidenceOf(own.map(implementationClaim));
    const throughput = own.filter((figure) => figure.metric === 'messagesPerSecond');
    if (throughput.length === 0)
        return { headline: `${names.title}: round trips only; no throughput figure was computed.`, evidence };
    const lowest = throughput.reduce((low, figure) => (figure.ratio < low.ratio ? figure : low));
    // Among equal ratios the lowest is the first and the highest the last, so the range names two places.
    const highest = throughput.reduce((high, figure) => (figure.ratio >= high.ratio ? figure : high));
    // Shares read well up to about twice the reference ("150 %"); beyond, "4.6× [1.9×, 10.1×]" reads better than "462 %".
    const asFactor = throughput.some((figure) => figure.ratioCi[1] >= 2);
    const amount = (figure) => {
        if (!asFactor)
            return `${share(figure.ratio)} ${shareInterval(figure.ratioCi)}`;
        const [value, low, high] = times(figure.ratio, figure.ratioCi);
        return `${value} [${low}, ${high}]`;
    };
    const of = asFactor ? "the reference's throughput" : "of the reference's throughput";
    const range = throughput.length === 1
        ? `${amount(lowest)} ${of} in ${placeOf(lowest)}`
        : `between ${amount(lowest)} ${of} in ${placeOf(lowest)} and ${amount(highest)} in ${placeOf(highest)}`;
    const surviving = throughput.filter(survives).length;
    return {
        headline: `${names.title}: ${names.name} reaches ${range}; ${surviving} of ${plural(throughput.length, 'throughput figure')} ` +
            `${surviving === 1 ? 'survives' : 'survive'} the correction (${SURVIVAL}).`,
        evidence
    };
}
function findings(figures, tables) {
    const padding = contestFinding(contests(figures, 'padding', (side) => `${side.padding} B`), 'Padding', (winner) => `use ${winner} between the hot fields`);
    const pinning = contestFinding(contests(figures, 'pinning', (side) => (side.pinned ? 'pinned' : 'unpinned')), 'Pinning', (winner) => winner === 'pinned'
        ? 'pinning paid; pin both threads'
        : 'pinning did not pay here; the unpinned threads did better');
    const home = contestFinding(contests(figures, 'memory-home', (side) => side.memoryHome), 'Memory home', (winner) => HOME_ADVICE[winner] ?? `use ${winner}`);
    const implementations = ['batched', 'subject'].map((each) => implementationFinding(figures, each));
    return [padding, pinning, home, ...socketFindings(tables), ...implementations].filter((finding) => finding !== null);
}
function renderFindings(list) {
    if (list.length === 0)
        return null;
    return list
        .map((finding) => [`- **${finding.headline}**`, ...finding.evidence.map((line) => `  - ${line}`)].join('\n'))
        .join('\n');
}

;// CONCATENATED MODULE: ./src/report/implementations.ts

/** Which rows come first: the mode as the plan lists modes, then the implementation, then the figure's order. */
const MODE_ORDER = ['throughput', 'pingpong', 'same-thread'];
/** "throughput", "same-thread throughput" or "RTT p50": what was measured, its mode named where the metric does not. */
function measureOf(figure) {
    return figure.mode === 'same-thread' ? `same-thread ${metricName(figure.metric)}` : metricName(figure.metric);
}
function renderImplementationTable(figures) {
    const rows = figures
        .filter((figure) => figure.kind === 'implementation')
        .map((figure, index) => ({ figure, index }))
        .sort((left, right) => MODE_ORDER.indexOf(left.figure.mode) - MODE_ORDER.indexOf(right.figure.mode) ||
        left.figure.implementation.localeCompare(right.figure.implementation) ||
        left.index - right.index)
        .map(({ figure }) => {
        const where = figure.mode === 'same-thread' ? 'one CPU' : figure.sides.subject.placementClass;
        return (`| ${figure.implementation} | ${measureOf(figure)} | ${where} | ` +
            `${formatSummary(figure.metric, figure.subject)} | ${formatSummary(figure.metric, figure.reference)} | ` +
            `${formatFactor(figure.ratio, figure.ratioCi)} | ${formatP(figure.adjustedP)} |`);
    });
    if (rows.length === 0)
        return null;
    return [
        '### Implementations against the reference ring',
        '',
        '| implementation | measure | class | its median [95 % CI] | reference [95 % CI] | ratio [95 % CI] | Holm-adjusted p |',
        '|---|---|---|---|---|---|---|',
        ...rows,
        '',
        "Medians pooled over each class's pairs at the implementation's padding and the same memory home; the ratio is its " +
            "median over the reference's, with a bootstrap 95 % CI; p-values are Holm-adjusted across all of this run's figures."
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/latency.ts


/** native/README.md's method, in one sentence. */
const METHOD = 'Two threads pinned to each pair bounce one cache line with compare-and-swap (the method of ' +
    "nviennot/core-to-core-latency); a timed batch of round trips over twice its round trips is one one-way sample, and a pair's " +
    'figure is the minimum over its batches.';
const RTT_NOTE = "A ring's round trip moves more than one line (the slot, both indices, and back), so half its RTT p50 lies above the " +
    `one-way figure of the same class; "–" where the class has fewer than ${MIN_VALID_SAMPLES} valid round-trip samples.`;
const oneWay = (nanoseconds) => `${nanoseconds.toFixed(1)} ns`;
function renderLatencySection(classes, results) {
    if (classes.length === 0)
        return null;
    const rtt = new Map(classMedians(results, 'reference', 'pingpong').map((entry) => [entry.placementClass, entry.summary]));
    const halfRtt = (name) => {
        const summary = rtt.get(name);
        if (summary === undefined)
            return '–';
        const half = { ...summary, median: summary.median / 2, ci: [summary.ci[0] / 2, summary.ci[1] / 2] };
        return formatSummary('rttNs.p50', half);
    };
    const measured = results.cells.some(({ cell }) => cell.subject === 'reference' && cell.mode === 'pingpong' && cell.pinned);
    const rows = classes.map((entry) => `| ${entry.class} | ${oneWay(entry.medianNs)} | ${oneWay(entry.minNs)} | ${entry.pairs} | ${halfRtt(entry.class)} |`);
    const lines = [
        '### Core-to-core latency per placement class',
        '',
        '| class | one-way, median over pairs | one-way, fastest pair | pairs measured | half the ring RTT p50 [95 % CI] |',
        '|---|---|---|---|---|',
        ...rows,
        '',
        `${METHOD} ${measured ? RTT_NOTE : 'This run measured no round trips of the ring, so there is no RTT to set beside it.'}`
    ];
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/regressions.ts
/**
 * The changes against the baseline: the counts, one row per placement class (the stats stage's classChanges), then
 * the metrics cell by cell with short labels as columns, the verdict first; most important rows first, so a cut list
 * keeps them.
 */





/** Reasons are shown whole; this only stops a hostile results file from filling the comment. */
const MAX_REASON_LENGTH = 2000;
const VERDICT_CELL = {
    regression: '❌ **regression**',
    improvement: '✅ improvement',
    inconclusive: '⚠️ inconclusive',
    'no-change': 'no change',
    'no-baseline': 'no baseline'
};
/** The two sides' names: base and head in a same-run A/B, baseline and current against a stored run. */
function sides(comparison) {
    return comparison.method === 'same-run-ab' ? ['base', 'head'] : ['baseline', 'current'];
}
/** "throughput", "RTT p99", "throughput same-thread (subject)": the metric, with its mode and implementation when not the usual. */
function measure(metric, mode, implementation) {
    const where = mode === 'same-thread' ? ' same-thread' : '';
    const who = implementation === 'reference' ? '' : ` (${implementation})`;
    return `${metricName(metric)}${where}${who}`;
}
const size = (ratio) => (ratio === null ? 0 : Math.abs(Math.log(ratio)));
function sorted(cells) {
    return [...cells].sort((a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) || size(b.ratio) - size(a.ratio));
}
/** "8 of 8 regressed", "3 of 8 undecided": how many of the class's cell metrics carry its verdict. */
function support(change) {
    const { combined } = change;
    const [count, word] = combined.verdict === 'regression'
        ? [combined.regressions, 'regressed']
        : combined.verdict === 'improvement'
            ? [combined.improvements, 'improved']
            : combined.verdict === 'inconclusive'
                ? [combined.inconclusive, 'undecided']
                : [combined.unchanged, 'unchanged'];
    return `${count} of ${combined.metrics} ${word}`;
}
function classRow(change) {
    const value = (median) => (median === null ? '–' : formatValue(change.metric, median));
    const ratio = change.ratio === null ? '–' : formatChange(change.ratio, change.ratioEnvelope);
    return (`| ${VERDICT_CELL[change.combined.verdict === 'no-baseline' ? 'no-baseline' : change.combined.verdict]} | ` +
        `${change.placementClass} | ${measure(change.metric, change.mode, change.implementation)} | ` +
        `${value(change.baseline)} | ${value(change.current)} | ${ratio} | ${support(change)} |`);
}
/** The counts of every verdict and the rule a change had to pass, in one sentence. */
function counts(comparison) {
    const count = (verdict) => comparison.cells.filter((cell) => cell.verdict === verdict).length;
    const spreadRuns = comparison.runToRunSpreadRuns ?? null;
    const spread = spreadRuns === null ? '' : ` and the run-to-run spread of its metric over ${plural(spreadRuns, 'baseline run')}`;
    return (`${plural(comparison.cells.length, 'metric')} compared: ${count('regression')} regressed, ${count('improvement')} improved, ` +
        `${count('inconclusive')} inconclusive, ${count('no-change')} unchanged (a change counts when its Holm-adjusted ` +
        `p < ${comparison.alpha} and it exceeds ${formatThreshold(comparison.threshold)}${spread}).`);
}
/** The counts and one row per placement class, regressions and the largest changes first. */
function renderClassChanges(comparison) {
    const [before, after] = sides(comparison);
    const rows = classChanges(comparison).map(classRow);
    return [
        counts(comparison),
        '',
        `| verdict | class | metric | ${before} | ${after} | change [lowest, highest cell CI bound] | cells |`,
        '|---|---|---|---|---|---|---|',
        ...rows
    ].join('\n');
}
function pair(cell) {
    return cell.cell.producerCpu === null || cell.cell.consumerCpu === null
        ? '–'
        : `${cell.cell.producerCpu}→${cell.cell.consumerCpu}`;
}
function cellRow(cell, withReason) {
    const change = cell.ratio === null ? '–' : formatChange(cell.ratio, cell.ratioCi);
    const columns = [
        VERDICT_CELL[cell.verdict],
        cell.cell.placementClass,
        pair(cell),
        cell.cell.memoryHome,
        `${cell.cell.padding} B`,
        measure(cell.metric, cell.cell.mode, cell.cell.subject),
        formatSummary(cell.metric, cell.baseline),
        formatSummary(cell.metric, cell.current),
        change,
        formatP(cell.adjustedP),
        ...(withReason ? [cell.reason === undefined ? '' : escapeText(cell.reason, MAX_REASON_LENGTH)] : [])
    ];
    return `| ${columns.join(' | ')} |`;
}
/**
 * The given verdicts' metrics cell by cell (pair as producer→consumer CPU, memory home, padding), the regressions and
 * largest changes first; with the reason column for inconclusive ones. Null when there are none.
 */
function cellTable(comparison, verdicts) {
    const rows = sorted(comparison.cells.filter((cell) => verdicts.includes(cell.verdict)));
    if (rows.length === 0)
        return null;
    const [before, after] = sides(comparison);
    const withReason = verdicts.includes('inconclusive');
    const header = [
        `| verdict | class | pair | memory | padding | metric | ${before} [95 % CI] | ${after} [95 % CI] | change [95 % CI] | p (Holm) |${withReason ? ' why |' : ''}`,
        `|---|---|---|---|---|---|---|---|---|---|${withReason ? '---|' : ''}`
    ];
    return {
        total: rows.length,
        render(limit) {
            const shown = rows.slice(0, limit).map((cell) => cellRow(cell, withReason));
            const left = rows.length - shown.length;
            const note = left === 0 ? [] : ['', `${plural(left, 'less important row')} left out to fit the comment.`];
            return [...header, ...shown, ...note].join('\n');
        }
    };
}
/**
 * The reference ring's throughput per class, baseline (base) and current (head) side by side on one axis: the
 * medians over each class's cells of their medians.
 */
function renderChangesChart(comparison) {
    const [before, after] = sides(comparison);
    const changes = classChanges(comparison).filter((change) => change.metric === 'messagesPerSecond' && change.mode === 'throughput' && change.implementation === 'reference');
    const ordered = [...PLACEMENT_CLASSES, 'unpinned'].flatMap((place) => changes.filter((change) => change.placementClass === place));
    const bars = ordered.flatMap((change) => change.baseline === null || change.current === null
        ? []
        : [
            { label: `${change.placementClass} ${before}`, value: change.baseline },
            { label: `${change.placementClass} ${after}`, value: change.current }
        ]);
    return barChart(`Throughput per class, ${before} and ${after}`, 'messagesPerSecond', bars);
}

;// CONCATENATED MODULE: ./src/report/trend.ts



const DEFAULT_LAST_RUNS = 20;
const DEFAULT_MAX_CHARTS = 6;
function seriesLabel(series) {
    const where = series.cellKey ?? `${series.subject} ${series.mode} ${series.placementClass}`;
    return `${where} ${metricName(series.metric)}`;
}
function runLabel(point) {
    return point.commitSha?.slice(0, 7) ?? point.savedAt.slice(0, 10);
}
/** The series cut to its newest runs, change points re-indexed into the cut. */
function lastRunsOf(series, lastRuns) {
    const first = Math.max(0, series.points.length - lastRuns);
    return {
        ...series,
        points: series.points.slice(first),
        changes: series.changes
            .filter((change) => change.index > first)
            .map((change) => ({ ...change, index: change.index - first }))
    };
}
function rounded(value) {
    return Number(value.toPrecision(3));
}
function chart(series) {
    const values = series.points.map((point) => point.median);
    const [divisor, unit] = axisUnit(series.metric, Math.max(...values));
    const scaled = values.map((value) => rounded(value / divisor));
    // The medians between change points, so the chart shows each level and where it moved.
    const bounds = [0, ...series.changes.map((change) => change.index), values.length];
    const levels = values.map((_, index) => {
        const segment = bounds.findIndex((bound, position) => index >= bound && index < bounds[position + 1]);
        const part = scaled.slice(bounds[segment], bounds[segment + 1]).sort((a, b) => a - b);
        const middle = part.length >> 1;
        return part.length % 2 === 1 ? part[middle] : rounded((part[middle - 1] + part[middle]) / 2);
    });
    const changed = new Set(series.changes.map((change) => change.index));
    const labels = series.points.map((point, index) => `"${runLabel(point)}${changed.has(index) ? ' *' : ''}"`);
    const low = Math.min(...scaled);
    const high = Math.max(...scaled);
    const margin = (high - low) * 0.1 || high * 0.05 || 1;
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${mermaidText(seriesLabel(series), 70)}${series.changes.length > 0 ? ' (* change)' : ''}"`,
        `    x-axis [${labels.join(', ')}]`,
        `    y-axis "${unit}" ${rounded(Math.max(0, low - margin))} --> ${rounded(high + margin)}`,
        `    line [${scaled.join(', ')}]`,
        `    line [${levels.join(', ')}]`,
        '```'
    ].join('\n');
}
function changeRows(series) {
    return series.flatMap((each) => each.changes.map((change) => {
        const worse = each.direction === 'higher-is-better' ? change.ratio < 1 : change.ratio > 1;
        return (`| ${escapeText(seriesLabel(each))} | \`${runLabel(change)}\` (${change.savedAt.slice(0, 10)}) | ` +
            `${formatPercent(change.ratio - 1)} ${worse ? '(worse)' : '(better)'} | ` +
            `${formatValue(each.metric, change.before)} → ${formatValue(each.metric, change.after)} | ` +
            `${change.pValue.toFixed(3)} |`);
    }));
}
/**
 * Markdown for the history of one machine: a table of change points and one chart per series with at least two runs;
 * an empty string when no series has two runs yet.
 */
function renderTrendSection(series, options = {}) {
    const lastRuns = options.lastRuns ?? DEFAULT_LAST_RUNS;
    const maxCharts = options.maxCharts ?? DEFAULT_MAX_CHARTS;
    const shown = series.filter((each) => each.points.length >= 2).map((each) => lastRunsOf(each, lastRuns));
    if (shown.length === 0)
        return '';
    const runs = Math.max(...shown.map((each) => each.points.length));
    const rows = changeRows(shown);
    const lines = [`### History: the last ${runs} stored runs of this machine`, ''];
    if (rows.length === 0) {
        lines.push(`No change points in ${shown.length} series (E-divisive means, permutation test at 5 %).`, '');
    }
    else {
        lines.push(`${rows.length} change point${rows.length === 1 ? '' : 's'} (E-divisive means, permutation test at 5 %):`, '', '| Series | First run after | Change | Before → after (medians) | p |', '| --- | --- | --- | --- | --- |', ...rows, '');
    }
    const charted = [...shown].sort((a, b) => Number(b.changes.length > 0) - Number(a.changes.length > 0));
    for (const each of charted.slice(0, maxCharts))
        lines.push(chart(each), '');
    if (charted.length > maxCharts) {
        lines.push(`${charted.length - maxCharts} more series not charted; \`numa-spsc-bench history\` lists them all.`, '');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/verdict.ts
/** The report's first line: the verdict, how sure it is and against what, and where the run and commit are. */



const ICON = {
    regression: '❌',
    inconclusive: '⚠️',
    improvement: '✅',
    'no-change': '✅',
    'no-baseline': 'ℹ️',
    'not-compared': 'ℹ️'
};
const compared = (comparison) => comparison !== null && comparison.verdict !== 'no-baseline';
/** The machines' comparisons combined by the stats stage's one rule; not-compared when none had a comparison. */
function combined(machines) {
    const counts = combineComparisons(machines.map((machine) => machine.comparison));
    const verdict = machines.every((machine) => machine.comparison === null) ? 'not-compared' : counts.verdict;
    return { verdict, counts };
}
function machineVerdict(machine) {
    return combined([machine]).verdict;
}
/** "Inconclusive: 32 of 33 metrics undecided", "2 regressions, 1 improvement, 3 inconclusive", "No regression". */
function words(verdict, counts) {
    const extras = [
        ...(counts.improvements > 0 && verdict !== 'inconclusive' ? [plural(counts.improvements, 'improvement')] : []),
        ...(counts.inconclusive > 0 && verdict !== 'inconclusive' ? [`${counts.inconclusive} inconclusive`] : [])
    ];
    const tail = extras.map((extra) => `, ${extra}`).join('');
    switch (verdict) {
        case 'regression':
            return `**${plural(counts.regressions, 'regression')}**${tail}`;
        case 'inconclusive':
            return `**Inconclusive**: ${counts.inconclusive} of ${plural(counts.metrics, 'metric')} undecided`;
        case 'improvement':
        case 'no-change':
            return `**No regression**${tail}`;
        case 'no-baseline':
            return '**No baseline for this hardware yet**';
        case 'not-compared':
            return '**Not compared** with a baseline';
    }
}
/** "same-run A/B over 12 blocks" or "stored baseline merge-base abc123 (3 stored runs)": which comparison, how much data. */
function method(comparison) {
    if (comparison.method === 'same-run-ab') {
        return `same-run A/B of base and head${comparison.blocks === undefined ? '' : ` over ${plural(comparison.blocks, 'block')}`}`;
    }
    const source = comparison.baselineSource === null ? '' : ` ${escapeText(comparison.baselineSource, 80)}`;
    const runs = comparison.baselineRuns === undefined ? '' : ` (${plural(comparison.baselineRuns, 'stored run')})`;
    return `stored baseline${source}${runs}`;
}
function calibrated(calibration) {
    const power = calibration.injectedRounds === 0
        ? ''
        : `, caught ${calibration.detected} of ${calibration.injectedRounds} planted ${formatThreshold(Math.abs(calibration.injectedChange))} changes`;
    return `calibrated on this runner: false alarms in ${calibration.falseAlarms} of ${plural(calibration.rounds, 'A/A round')}${power}`;
}
/** What would decide undecided metrics: more data (budget), more stored runs, or a coarser threshold. */
function toDecide(comparison) {
    const data = comparison.method === 'same-run-ab'
        ? 'a larger budget (more blocks)'
        : 'a larger budget (more samples) or more stored baseline runs';
    return `to decide them: ${data}, or a threshold above ${formatThreshold(comparison.threshold)}`;
}
/** How sure the verdict is: the comparison, alpha and threshold, the calibration, what would decide the rest. */
function basis(machines, verdict) {
    const comparisons = machines.map((machine) => machine.comparison).filter(compared);
    if (comparisons.length === 0)
        return [];
    const methods = [...new Set(comparisons.map(method))];
    const settings = [
        ...new Set(comparisons.map((each) => `α ${each.alpha} after Holm, threshold ${formatThreshold(each.threshold)}`))
    ];
    const parts = [methods.length === 1 ? methods[0] : `${plural(comparisons.length, 'comparison')}`, ...settings];
    const calibrations = machines.flatMap((machine) => machine.calibration ?? []);
    if (machines.length === 1 && calibrations.length === 1)
        parts.push(calibrated(calibrations[0]));
    if (verdict === 'inconclusive' && comparisons.length === 1)
        parts.push(toDecide(comparisons[0]));
    return parts;
}
function links(options) {
    const { run, commit } = options.links ?? {};
    const safe = (url) => encodeURI(url).replace(/[()]/g, (character) => `%${character.charCodeAt(0).toString(16)}`);
    return [
        ...(run === undefined ? [] : [`[workflow run](${safe(run)})`]),
        ...(commit === undefined ? [] : [`[commit](${safe(commit)})`])
    ];
}
/** What else a reader of one machine's verdict must know: whose fingerprint lacks a baseline, a runner without NUMA. */
function machineFacts(machine, verdict) {
    return [
        ...(verdict === 'no-baseline' ? [`fingerprint ${escapeText(machine.results.topology.fingerprint)}`] : []),
        ...(machine.results.topology.numaCapable ? [] : ['runner not NUMA-capable (no cross-node figures)'])
    ];
}
/** One machine's verdict line, as it opens a machine's section in a multi-machine report. */
function machineVerdictLine(machine) {
    const { verdict, counts } = combined([machine]);
    const parts = [...basis([machine], verdict), ...machineFacts(machine, verdict)];
    return `${ICON[verdict]} ${words(verdict, counts)}${parts.length === 0 ? '' : ` · ${parts.join(' · ')}`}`;
}
/**
 * The document's first line: the verdict of every machine's metrics together (the stats stage's combineVerdicts), how
 * sure it is, each machine's own verdict when there are several, and links to the run and the commit.
 */
function verdictLine(machines, options = {}) {
    if (machines.length === 0)
        throw new Error('report: no machines to report on; expected at least one results file');
    const { verdict, counts } = combined(machines);
    const parts = [...basis(machines, verdict)];
    if (machines.length > 1) {
        const each = machines.map((machine) => {
            const own = combined([machine]);
            return `${escapeText(machine.label, 80)}: ${ICON[own.verdict]} ${words(own.verdict, own.counts).replace(/\*\*/g, '')}`;
        });
        parts.push(each.join('; '));
    }
    else {
        parts.push(...machineFacts(machines[0], verdict));
    }
    parts.push(...links(options));
    return `numa-spsc-bench: ${ICON[verdict]} ${words(verdict, counts)}${parts.length === 0 ? '' : ` · ${parts.join(' · ')}`}`;
}

;// CONCATENATED MODULE: ./src/report/render.ts













/** Comfortably under GitHub's 65,536-character limit for comment bodies, leaving room for the caller's own lines. */
const DEFAULT_MAX_CHARS = 60_000;
/** Below this not even a short verdict with its note fits, so a smaller cap is a mistake in the caller. */
const MIN_MAX_CHARS = 1_000;
const DEFAULT_FULL_REPORT_HINT = 'the job summary and the report.md artifact of this run';
/**
 * Sections in the order they are cut: collapsed details first, the per-class changes last. A section with rows (the
 * cell-by-cell tables) first loses its less important rows, down to MIN_ROWS, before it goes whole.
 */
const CUT_ORDER = [
    'cells',
    'plan',
    'counters',
    'topology',
    'environment',
    'invalid',
    'trend',
    'inconclusive',
    'chart',
    'latency',
    'implementations',
    'penalty',
    'changed',
    'findings',
    'changes'
];
/** Rows a cell-by-cell table keeps before it is cut whole. */
const MIN_ROWS = 5;
function machineSummary(results) {
    const topology = results.topology;
    return (`${escapeText(topology.cpuModel ?? 'unknown CPU')} · ${topology.packages === null ? 'packages unknown' : plural(topology.packages, 'package')}, ` +
        `${plural(topology.nodes.length, 'NUMA node')}, ${plural(topology.pus, 'logical CPU')} · fingerprint ${escapeText(topology.fingerprint)} · ` +
        `${plural(results.cells.length, 'cell')} × ${plural(results.plan.repetitions, 'repetition')}` +
        `${results.interrupted ? ' · **interrupted run**: some samples were never taken' : ''}`);
}
function machineParts(machine, several) {
    const parts = [];
    const named = (title) => (several ? `${title} (${escapeText(machine.label, 60)})` : title);
    const add = (text, kind, title = '') => {
        if (text === null)
            return;
        parts.push({ text, cut: kind === undefined ? null : { kind, title: named(title) } });
    };
    const addRows = (table, kind, title, wrap) => {
        if (table === null)
            return;
        const render = (limit) => wrap(table.render(limit));
        parts.push({
            text: render(table.total),
            cut: { kind, title: named(title) },
            rows: { total: table.total, shown: table.total, render }
        });
    };
    const results = machine.results;
    add(`## ${escapeText(machine.label, 120)}\n\n${machineSummary(results)}`);
    if (several)
        add(machineVerdictLine(machine));
    if (machine.comparison?.verdict === 'no-baseline' && machine.comparison.reason !== undefined) {
        const reason = escapeText(machine.comparison.reason);
        add(`${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`);
    }
    const flags = environmentFlags(results);
    if (flags.length > 0)
        add(`⚠️ Environment: ${flags.join('; ')}.`);
    const comparison = machine.comparison;
    if (comparison !== null && comparison.verdict !== 'no-baseline') {
        add(`### Changes against the baseline\n\n${renderClassChanges(comparison)}`, 'changes', 'changes against the baseline');
        add(renderChangesChart(comparison), 'chart', 'changes chart');
        addRows(cellTable(comparison, ['regression', 'improvement']), 'changed', 'changed metrics cell by cell', (body) => collapsed('Changed metrics, cell by cell', body));
        addRows(cellTable(comparison, ['inconclusive']), 'inconclusive', 'inconclusive metrics', (body) => collapsed('Inconclusive metrics and why', body));
    }
    const tables = penaltyTables(machine.figures);
    const heading = '### NUMA penalty per placement class\n\n';
    if (tables.length === 0) {
        add(results.topology.numaCapable
            ? `${heading}No placement-class figures: no two classes had enough valid samples to compare.`
            : `${heading}No cross-node figures: this runner has fewer than two nodes with usable CPUs.`);
        add(renderSettingsChart(settingMedians(results)), 'chart', 'modes and padding chart');
    }
    tables.forEach((table, position) => {
        add(`${position === 0 ? heading : ''}${renderPenaltyTable(table)}`, 'penalty', `NUMA penalty table, ${table.implementation}`);
    });
    add(renderClassChart(tables), 'chart', 'class chart');
    add(renderImplementationTable(machine.figures), 'implementations', 'implementations against the reference');
    if (machine.latencyMap !== undefined)
        add(renderLatencySection(machine.latencyMap, results), 'latency', 'core-to-core latency');
    const found = renderFindings(findings(machine.figures, tables));
    if (found !== null)
        add(`### Findings and recommendations\n\n${found}`, 'findings', 'findings and recommendations');
    const trend = machine.trend === undefined ? '' : renderTrendSection(machine.trend);
    if (trend !== '')
        add(collapsed('History over commits', trend), 'trend', 'history over commits');
    add(renderCounters(results), 'counters', 'hardware counters');
    add(renderTopology(results), 'topology', 'topology');
    add(renderEnvironment(results), 'environment', 'environment');
    add(renderPlan(results), 'plan', 'plan');
    add(renderInvalidCells(results), 'invalid', 'invalid cells');
    add(renderCellTable(results), 'cells', 'per-cell medians');
    return parts;
}
/**
 * Messages per second by mode and padding (pinned and unpinned), on one axis: what a runner without cross-node
 * classes can still show.
 */
function renderSettingsChart(medians) {
    const bars = medians
        .filter((entry) => entry.metric === 'messagesPerSecond' && entry.implementation === 'reference')
        .sort((left, right) => left.mode.localeCompare(right.mode) ||
        Number(right.pinned) - Number(left.pinned) ||
        left.padding - right.padding)
        .map((entry) => ({
        label: `${entry.mode} ${entry.padding} B${entry.pinned ? '' : ' unpinned'}`,
        value: entry.summary.median
    }));
    return barChart('Median throughput by mode and padding', 'messagesPerSecond', bars);
}
/** Titles named in the note before the rest are counted, so the note itself stays short. */
const MAX_NAMED_CUTS = 12;
function cutNote(titles, maxChars, hint) {
    const named = titles.slice(0, MAX_NAMED_CUTS).join(', ');
    const more = titles.length > MAX_NAMED_CUTS ? ` and ${titles.length - MAX_NAMED_CUTS} more` : '';
    return `> ✂️ Shortened to fit ${maxChars.toLocaleString('en-US')} characters; left out: ${named}${more}. The full report is in ${hint}.`;
}
function assemble(head, note, parts) {
    const blocks = [head, ...(note === null ? [] : [note]), ...parts.map((part) => part.text)];
    return `${blocks.join('\n\n')}\n`;
}
function render_renderReport(machines, options = {}) {
    const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
    if (!Number.isInteger(maxChars) || maxChars < MIN_MAX_CHARS) {
        throw new Error(`report maxChars ${maxChars}: expected a whole number of at least ${MIN_MAX_CHARS}`);
    }
    const hint = escapeText(options.fullReportHint ?? DEFAULT_FULL_REPORT_HINT);
    const head = verdictLine(machines, options);
    const several = machines.length > 1;
    let parts = machines.flatMap((machine) => machineParts(machine, several));
    const truncated = [];
    let markdown = assemble(head, null, parts);
    while (markdown.length > maxChars) {
        const victim = nextToCut(parts);
        if (victim === null)
            break;
        const rows = victim.rows;
        if (rows !== undefined && rows.shown > MIN_ROWS) {
            // Halve the rows rather than drop the table: its first rows are the most important ones.
            const shown = Math.max(MIN_ROWS, Math.floor(rows.shown / 2));
            parts = parts.map((part) => part === victim ? { ...part, text: rows.render(shown), rows: { ...rows, shown } } : part);
        }
        else {
            truncated.push(victim.cut?.title ?? '');
            parts = parts.filter((part) => part !== victim);
        }
        markdown = assemble(head, truncated.length === 0 ? null : cutNote(truncated, maxChars, hint), parts);
    }
    if (markdown.length > maxChars) {
        // Only headings and verdicts are left and still too long (very many machines): keep the verdict line alone.
        truncated.push('machine sections');
        markdown = assemble(head, cutNote(truncated, maxChars, hint), []);
    }
    if (markdown.length > maxChars) {
        throw new Error(`report maxChars ${maxChars}: even the verdict line and its note take ${markdown.length} characters; raise maxChars`);
    }
    return { markdown, truncated };
}
/** The least important remaining section, from the last machine first so the first machine keeps the most. */
function nextToCut(parts) {
    for (const kind of CUT_ORDER) {
        const candidates = parts.filter((part) => part.cut?.kind === kind);
        if (candidates.length > 0)
            return candidates[candidates.length - 1];
    }
    return null;
}

;// CONCATENATED MODULE: ./src/report/files.ts
/** The `report` command's core: results files in, one document out, one section per file (one file per runner). */




/** The directory every path lies under, so labels show only the parts that tell the files apart. */
function commonDirectory(paths) {
    const split = paths.map((path) => dirname(resolve(path)).split(sep));
    const shared = [];
    for (let index = 0; split.every((parts) => index < parts.length && parts[index] === split[0][index]); index++) {
        shared.push(split[0][index]);
    }
    return shared.join(sep) || sep;
}
/** "host-a: 2-socket/results.json" for several files, "host-a: results.json" for one. */
function labels(paths, results) {
    const base = commonDirectory(paths);
    return paths.map((path, index) => {
        const shown = paths.length === 1 ? basename(path) : relative(base, resolve(path));
        return `${results[index].environment.hostname}: ${shown}`;
    });
}
function reportFromFiles(paths, options = {}) {
    if (paths.length === 0)
        throw new Error('report: no results files given; expected one or more paths to results.json files');
    const results = paths.map((path) => readResultsFile(path));
    const names = labels(paths, results);
    const machines = results.map((run, index) => ({
        label: names[index],
        results: run,
        comparison: options.compare?.(run, paths[index]) ?? null,
        figures: (options.figures ?? numaFigures)(run)
    }));
    const rendered = renderReport(machines, { maxChars: options.maxChars, fullReportHint: options.fullReportHint });
    return { ...rendered, machines };
}

;// CONCATENATED MODULE: ./src/report/index.ts







;// CONCATENATED MODULE: ./schema/comparison.schema.json
const comparison_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$ref":"#/definitions/Comparison","definitions":{"Comparison":{"type":"object","properties":{"method":{"type":"string","enum":["same-run-ab","stored-baseline"]},"verdict":{"$ref":"#/definitions/Verdict"},"alpha":{"type":"number"},"threshold":{"type":"number"},"baselineSource":{"type":["string","null"]},"reason":{"type":"string"},"runToRunSpreadRuns":{"type":["number","null"]},"blocks":{"type":"number"},"baselineRuns":{"type":"number"},"cells":{"type":"array","items":{"$ref":"#/definitions/CellComparison"}},"regressions":{"type":"number"},"improvements":{"type":"number"}},"required":["method","verdict","alpha","threshold","baselineSource","cells","regressions","improvements"]},"Verdict":{"anyOf":[{"$ref":"#/definitions/CellVerdict"},{"type":"string","const":"no-baseline"}]},"CellVerdict":{"type":"string","enum":["regression","improvement","no-change","inconclusive"]},"CellComparison":{"type":"object","properties":{"key":{"type":"string"},"cellKey":{"type":"string"},"cell":{"$ref":"#/definitions/Cell"},"metric":{"$ref":"#/definitions/MetricName"},"direction":{"$ref":"#/definitions/Direction"},"baseline":{"anyOf":[{"$ref":"#/definitions/Summary"},{"type":"null"}]},"current":{"anyOf":[{"$ref":"#/definitions/Summary"},{"type":"null"}]},"ratio":{"type":["number","null"]},"ratioCi":{"anyOf":[{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2},{"type":"null"}]},"pValue":{"type":["number","null"]},"adjustedP":{"type":["number","null"]},"runToRunSpread":{"type":["number","null"]},"verdict":{"$ref":"#/definitions/CellVerdict"},"reason":{"type":"string"}},"required":["key","cellKey","cell","metric","direction","baseline","current","ratio","ratioCi","pValue","adjustedP","runToRunSpread","verdict"]},"Cell":{"type":"object","properties":{"key":{"type":"string"},"subject":{"$ref":"#/definitions/SubjectKind"},"variant":{"anyOf":[{"$ref":"#/definitions/Variant"},{"type":"null"}]},"mode":{"$ref":"#/definitions/Mode"},"placementClass":{"anyOf":[{"$ref":"#/definitions/PlacementClassName"},{"type":"string","const":"unpinned"}]},"producerCpu":{"type":["number","null"]},"consumerCpu":{"type":["number","null"]},"pinned":{"type":"boolean"},"memoryHome":{"$ref":"#/definitions/MemoryHome"},"memoryNode":{"type":["number","null"]},"padding":{"type":"number"},"capacity":{"type":"number"},"payload":{"type":"number"},"messages":{"type":"number"},"warmupMessages":{"type":"number"},"batch":{"type":"number"},"expectedSeconds":{"type":"number"}},"required":["key","subject","variant","mode","placementClass","producerCpu","consumerCpu","pinned","memoryHome","memoryNode","padding","capacity","payload","messages","warmupMessages"]},"SubjectKind":{"type":"string","enum":["reference","batched","subject"]},"Variant":{"type":"string","enum":["base","head"]},"Mode":{"type":"string","enum":["throughput","pingpong","same-thread"]},"PlacementClassName":{"type":"string","enum":["smt-sibling","same-l3","same-node","same-package","cross-package"]},"MemoryHome":{"type":"string","enum":["producer","consumer","other","first-touch"]},"MetricName":{"type":"string","enum":["messagesPerSecond","rttNs.p50","rttNs.p99"]},"Direction":{"type":"string","enum":["higher-is-better","lower-is-better"]},"Summary":{"type":"object","properties":{"n":{"type":"number"},"median":{"type":"number"},"ci":{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}},"required":["n","median","ci"]}},"$id":"https://github.com/numa-spsc-bench/numa-spsc-bench/schema/comparison.schema.json","title":"numa-spsc-bench comparison.json (generated from src/stats/types.ts Comparison by npm run schema)"}');
;// CONCATENATED MODULE: ./src/github/artifact.ts
/**
 * The artifact a measuring run leaves in its out-dir for a later comment-only run (report-from): results.json,
 * comparison.json (the verdict against the baseline it found) and, on pull_request events, pull-request.json naming
 * the pull request. The artifact may have been produced by a fork's code, so everything read back is validated and
 * the pull request it names must match the head commit GitHub reports for the triggering run.
 */





const PULL_REQUEST_FILE_NAME = 'pull-request.json';
const COMPARISON_FILE_NAME = 'comparison.json';
const REPORT_FILE_NAME = 'report.md';
const pullRequestSchema = {
    type: 'object',
    properties: {
        number: { type: 'integer', minimum: 1 },
        headSha: { type: 'string', pattern: '^[0-9a-f]{40}$' },
        baseRef: { type: 'string', minLength: 1, maxLength: 255 }
    },
    required: ['number', 'headSha', 'baseRef'],
    additionalProperties: false
};
const artifact_ajv = new ajv.Ajv({ allErrors: false, strict: false });
const validatePullRequest = artifact_ajv.compile(pullRequestSchema);
// Generated from the Comparison type (npm run schema), so it cannot drift from what writeComparisonFile writes.
const validateComparison = artifact_ajv.compile(comparison_schema_namespaceObject);
function firstError(errors) {
    const error = errors?.[0];
    if (error === undefined)
        return 'is invalid';
    return `${error.instancePath === '' ? '(top level)' : error.instancePath} ${error.message ?? 'is invalid'}`;
}
function readJson(path) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new Error(`${path}: cannot be read as JSON: ${error.message}`, { cause: error });
    }
}
/** Written through a rename, so a reader never sees half a file; a failed write leaves no temporary file behind. */
function writeJson(path, value) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    try {
        (0,external_node_fs_.writeFileSync)(temporary, `${JSON.stringify(value, null, 2)}\n`);
        (0,external_node_fs_.renameSync)(temporary, path);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temporary, { force: true });
        throw new Error(`${path}: could not be written: ${error.message}`, { cause: error });
    }
    return path;
}
function writePullRequestFile(directory, pullRequest) {
    const value = {
        number: pullRequest.number,
        headSha: pullRequest.headSha,
        baseRef: pullRequest.baseRef
    };
    if (!validatePullRequest(value)) {
        throw new Error(`${PULL_REQUEST_FILE_NAME} (not written): ${firstError(validatePullRequest.errors)}`);
    }
    return writeJson((0,external_node_path_.join)(directory, PULL_REQUEST_FILE_NAME), value);
}
function readPullRequestFile(path) {
    const value = readJson(path);
    if (!validatePullRequest(value)) {
        throw new Error(`${path}: ${firstError(validatePullRequest.errors)} (expected {"number": N, "headSha": "<40 hex>", "baseRef": "<branch>"})`);
    }
    return value;
}
function writeComparisonFile(directory, comparison) {
    return writeJson((0,external_node_path_.join)(directory, COMPARISON_FILE_NAME), comparison);
}
function readComparisonFile(path) {
    const value = readJson(path);
    if (!validateComparison(value))
        throw new Error(`${path}: ${firstError(validateComparison.errors)}`);
    return value;
}
/** Every regular file called `name` under `root`, in a stable order; symbolic links are neither followed nor read. */
function filesNamed(root, name) {
    const found = [];
    const walk = (directory) => {
        for (const entry of (0,external_node_fs_.readdirSync)(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const path = (0,external_node_path_.join)(directory, entry.name);
            if (entry.isDirectory())
                walk(path);
            else if (entry.isFile() && entry.name === name)
                found.push(path);
        }
    };
    walk(root);
    return found;
}
/**
 * The pull request an artifact directory names: DIR/pull-request.json, or (several artifacts downloaded side by side)
 * the one every pull-request.json under DIR agrees on.
 */
function pullRequestOfArtifact(root) {
    const top = (0,external_node_path_.join)(root, PULL_REQUEST_FILE_NAME);
    if ((0,external_node_fs_.existsSync)(top)) {
        // A link could point the reader (and a parse error's excerpt in the log) at any file on the runner.
        if (!(0,external_node_fs_.lstatSync)(top).isFile())
            throw new Error(`report-from: ${top} is not a regular file`);
        return readPullRequestFile(top);
    }
    const files = filesNamed(root, PULL_REQUEST_FILE_NAME);
    if (files.length === 0) {
        throw new Error(`report-from: ${root} holds no ${PULL_REQUEST_FILE_NAME}; the measuring run writes it into out-dir on ` +
            'pull_request events, and the artifact must include it');
    }
    const [first, ...rest] = files.map((path) => ({ path, value: readPullRequestFile(path) }));
    for (const other of rest) {
        if (other.value.number !== first.value.number || other.value.headSha !== first.value.headSha) {
            throw new Error(`report-from: ${first.path} names #${first.value.number} at ${first.value.headSha} but ${other.path} names ` +
                `#${other.value.number} at ${other.value.headSha}; all artifacts must come from the same pull request`);
        }
    }
    return first.value;
}
function readArtifact(root) {
    if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory()) {
        throw new Error(`report-from: "${root}" is not a directory (expected the downloaded artifact of the measuring run)`);
    }
    const pullRequest = pullRequestOfArtifact(root);
    const resultsPaths = filesNamed(root, RESULTS_FILE_NAME);
    if (resultsPaths.length === 0)
        throw new Error(`report-from: no ${RESULTS_FILE_NAME} under ${root}`);
    const machines = resultsPaths.map((resultsPath) => {
        const results = results_readResultsFile(resultsPath);
        const comparisonPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(resultsPath), COMPARISON_FILE_NAME);
        const where = (0,external_node_path_.relative)(root, (0,external_node_path_.dirname)(resultsPath));
        return {
            label: where === '' ? results.environment.hostname || (0,external_node_path_.basename)(root) : where,
            resultsPath,
            results,
            comparison: (0,external_node_fs_.existsSync)(comparisonPath) && (0,external_node_fs_.lstatSync)(comparisonPath).isFile() ? readComparisonFile(comparisonPath) : null
        };
    });
    return { pullRequest, machines };
}
/**
 * The artifact must be about the commit the triggering event is about (workflow_run.head_sha in the fork-safe pair,
 * pull_request.head.sha in a matrix's final job); anything else, a stale or substituted artifact, is refused rather
 * than posted on some pull request.
 */
function checkArtifactHead(pullRequest, payload, source) {
    const run = payload.workflow_run;
    const pull = payload.pull_request;
    const [headSha, what] = typeof run?.head_sha === 'string' ? [run.head_sha, 'workflow_run'] : [pull?.head?.sha, 'pull_request event'];
    if (typeof headSha !== 'string' || headSha === '')
        return;
    if (headSha !== pullRequest.headSha) {
        throw new Error(`report-from: ${source} says head ${pullRequest.headSha} of #${pullRequest.number}, but the ${what} that ` +
            `triggered this job is for ${headSha}; refusing to comment with a report from another commit`);
    }
}

;// CONCATENATED MODULE: ./src/github/retry.ts
/**
 * Retrying GitHub API calls that fail for reasons that pass (rate limits, server errors, dropped connections), with
 * growing delays. Anything else (a read-only token, a missing pull request) fails at once: waiting would not help.
 */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : null;
}
function header(error, name) {
    const value = error?.response?.headers?.[name];
    return value === undefined || value === null ? null : String(value);
}
/** Primary (x-ratelimit-remaining: 0) and secondary (retry-after) rate limits answer 403 or 429. */
function isRateLimited(error) {
    const status = statusOf(error);
    if (status === 429)
        return true;
    return status === 403 && (header(error, 'x-ratelimit-remaining') === '0' || header(error, 'retry-after') !== null);
}
/** No status at all means the request never got an answer (connection reset, DNS, timeout). */
function isRetryable(error) {
    const status = statusOf(error);
    return status === null || status >= 500 || isRateLimited(error);
}
/** The server's own wait, in milliseconds, when it sent one. */
function retryAfterMs(error) {
    const seconds = Number(header(error, 'retry-after'));
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : null;
}
const DEFAULT_RETRY_DELAYS_MS = [1000, 3000, 9000];
const sleepFor = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function withRetry(operation, options) {
    const sleep = options.sleep ?? sleepFor;
    const maxDelayMs = options.maxDelayMs ?? 60_000;
    for (let attempt = 0;; attempt++) {
        try {
            return await operation();
        }
        catch (error) {
            if (attempt >= options.delaysMs.length || !isRetryable(error))
                throw error;
            const delayMs = Math.max(options.delaysMs[attempt], retryAfterMs(error) ?? 0);
            if (delayMs > maxDelayMs)
                throw error;
            options.onRetry?.(attempt + 1, error, delayMs);
            await sleep(delayMs);
        }
    }
}
/** A failure in words for a log line: status and GitHub's message, never request headers (they hold the token). */
function describeApiError(error) {
    const status = statusOf(error);
    const raw = error?.message;
    const message = typeof raw === 'string' ? raw : String(error);
    return status === null ? message : `HTTP ${status}: ${message}`;
}

;// CONCATENATED MODULE: ./src/github/comment.ts

/** Percent-encoding keeps "--" and ">" (which would end the HTML comment) out of the marker. */
function encode(value) {
    return encodeURIComponent(value).replace(/-/g, '%2D');
}
function commentMarker(key) {
    return `<!-- numa-spsc-bench workflow=${encode(key.workflow)} job=${encode(key.job)} fingerprint=${encode(key.fingerprint)} -->`;
}
/** The comment body: the marker first, so recognising a comment never depends on how the report is laid out. */
function stickyBody(marker, markdown) {
    return `${marker}\n${markdown}`;
}
async function findStickyComment(client, target, marker, retry) {
    const matches = await withRetry(() => client.paginate(client.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 }, (response, done) => {
        const match = response.data.find((comment) => comment.body?.startsWith(marker) === true);
        if (match === undefined)
            return [];
        done();
        return [{ id: match.id, url: match.html_url }];
    }), retry);
    return matches[0] ?? null;
}
async function updateComment(client, target, commentId, body, retry) {
    const response = await withRetry(() => client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: commentId, body }), retry);
    return { action: 'updated', id: response.data.id, url: response.data.html_url };
}
/** Edits the comment carrying the marker, or creates it when there is none yet. */
async function upsertStickyComment(client, target, marker, body, retry) {
    const existing = await findStickyComment(client, target, marker, retry);
    if (existing !== null)
        return updateComment(client, target, existing.id, body, retry);
    const response = await withRetry(() => client.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body
    }), retry);
    return { action: 'created', id: response.data.id, url: response.data.html_url };
}
/** The head commit a pull request is at now. */
async function pullRequestHead(client, target, retry) {
    const response = await withRetry(() => client.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.issueNumber }), retry);
    return response.data.head.sha;
}

// EXTERNAL MODULE: ./src/github/event.ts
var github_event = __webpack_require__(5015);
;// CONCATENATED MODULE: ./src/github/outcome.ts
/** The machines' verdicts combined by the stats stage's one rule (combineVerdicts over all their cell metrics). */

function outcome_signedPercent(fraction) {
    const rounded = Math.round(fraction * 100);
    return `${rounded > 0 ? '+' : ''}${rounded}`;
}
/**
 * Cross-package throughput of the reference ring against the best local class, e.g. "-38% [-41, -35]"; empty when
 * the run has no such figure (one-node runner, class not measured).
 */
function crossPackagePenalty(figures) {
    const figure = figures.find((candidate) => candidate.kind === 'class' &&
        candidate.mode === 'throughput' &&
        candidate.implementation === 'reference' &&
        candidate.sides.subject.placementClass === 'cross-package' &&
        candidate.direction === 'higher-is-better');
    if (figure === undefined)
        return '';
    const [low, high] = figure.ratioCi;
    return `${outcome_signedPercent(figure.ratio - 1)}% [${outcome_signedPercent(low - 1)}, ${outcome_signedPercent(high - 1)}]`;
}
/** One comment per workflow, job and hardware; several machines in one comment share it under their joint key. */
function stickyKeyFor(workflow, job, fingerprints) {
    return { workflow, job, fingerprint: [...new Set(fingerprints)].sort().join('+') };
}

;// CONCATENATED MODULE: ./src/github/publish.ts


const FORK_PATTERN_HINT = 'Use the two-workflow pattern for forks: measure on pull_request and upload the out-dir as an artifact, then comment ' +
    'from a workflow_run workflow with report-from (docs/examples/fork-measure.yml and fork-comment.yml).';
function skipped(log, detail, warn) {
    if (warn)
        log.warning(detail);
    else
        log.info(detail);
    return { status: 'skipped', detail };
}
async function publishComment(request) {
    const { log, target } = request;
    if (request.mode === 'never')
        return skipped(log, 'PR comment: off (comment: never).', false);
    if (target === null)
        return skipped(log, 'PR comment: not a pull request event, nothing to comment on.', false);
    if (request.fromFork) {
        return skipped(log, `PR comment skipped: pull request #${target.issueNumber} comes from a fork, so this run's token is read-only. ` +
            `The report is in the job summary. ${FORK_PATTERN_HINT}`, true);
    }
    if (!request.hasToken) {
        return skipped(log, 'PR comment skipped: github-token is empty. The report is in the job summary.', true);
    }
    const retry = {
        delaysMs: request.retry?.delaysMs ?? DEFAULT_RETRY_DELAYS_MS,
        maxDelayMs: request.retry?.maxDelayMs,
        sleep: request.retry?.sleep,
        onRetry: (attempt, error, delayMs) => log.info(`PR comment: ${describeApiError(error)}; retry ${attempt} in ${Math.round(delayMs / 1000)} s`)
    };
    try {
        const client = request.client();
        if (request.expectedHeadSha !== undefined) {
            const head = await pullRequestHead(client, target, retry);
            if (head !== request.expectedHeadSha) {
                return skipped(log, `PR comment skipped: pull request #${target.issueNumber} is at ${head}, but this report was measured on ` +
                    `${request.expectedHeadSha}; a newer run will report on the new head.`, true);
            }
        }
        if (request.mode === 'on-regression' && request.verdict !== 'regression') {
            // An earlier run may have reported a regression this run no longer sees: that comment must not stay stale.
            const existing = await findStickyComment(client, target, request.marker, retry);
            if (existing === null) {
                return skipped(log, `PR comment: none posted (comment: on-regression, verdict ${request.verdict}).`, false);
            }
            const updated = await updateComment(client, target, existing.id, request.body, retry);
            log.info(`PR comment updated (no regression any more): ${updated.url}`);
            return { status: 'updated', detail: 'earlier comment updated', url: updated.url };
        }
        const result = await upsertStickyComment(client, target, request.marker, request.body, retry);
        const detail = `PR comment ${result.action}: ${result.url}`;
        log.info(detail);
        return { status: result.action, detail, url: result.url };
    }
    catch (error) {
        const detail = failureDetail(error, target);
        log.warning(detail);
        return { status: 'failed', detail };
    }
}
function failureDetail(error, target) {
    const status = statusOf(error);
    const what = `PR comment on #${target.issueNumber} not posted (${describeApiError(error)})`;
    if ((status === 403 || status === 401) && !isRateLimited(error)) {
        return (`${what}: the token cannot write comments. Give the job "permissions: pull-requests: write", or, for pull ` +
            `requests from forks, ${FORK_PATTERN_HINT[0].toLowerCase()}${FORK_PATTERN_HINT.slice(1)} The report is in the job summary.`);
    }
    if (status === 404)
        return `${what}: the pull request or comment was not found. The report is in the job summary.`;
    return `${what}, after retries. The verdict stands; the report is in the job summary.`;
}

;// CONCATENATED MODULE: ./src/action/report.ts
/**
 * The GitHub side of the action, shared by the measuring run and the comment-only run (report-from): render the
 * report, write report.md, the job summary and the outputs, then the sticky comment. The comment comes last and
 * cannot fail the step; everything before it is already written when it is attempted.
 */












/** GitHub refuses comment bodies longer than this. */
const COMMENT_MAX_CHARS = 65_536;
/** The job summary may hold up to 1 MiB per step; the full report stays well under it. */
const SUMMARY_MAX_CHARS = 1_000_000;
function readRunContext() {
    return (0,github_event/* runContextFrom */.B_)(process.env, { eventName: github/* context */._.eventName, payload: github/* context */._.payload });
}
function commentTarget(context, number) {
    const [owner, repo] = (context.repository ?? '').split('/');
    return owner && repo ? { owner, repo, issueNumber: number } : null;
}
function fullReportHint(context) {
    const run = context.runId === null ? 'this run' : `run ${context.runId}`;
    return `the job summary of ${run} and its ${REPORT_FILE_NAME}`;
}
/** The workflow run and the commit measured (a pull request's head), for the report's first line. */
function reportLinks(context) {
    if (context.repository === null)
        return {};
    const base = `${github/* context */._.serverUrl}/${context.repository}`;
    const sha = (0,github_event/* pullRequestOf */._n)(context)?.headSha || context.sha;
    return {
        ...(context.runId === null ? {} : { run: `${base}/actions/runs/${context.runId}` }),
        ...(sha ? { commit: `${base}/commit/${sha}` } : {})
    };
}
/** Stored runs per series the history section charts. */
const TREND_RUNS = 20;
/**
 * Each machine's history from the configured baseline store, for the report's collapsed section. A store that cannot
 * be read costs that section, never the report.
 */
async function withTrend(config, machines) {
    if (config.baselineStore === 'none')
        return machines;
    const store = openBaselineStore(config.baselineStore, {
        directory: config.baselineDirectory,
        branch: config.baselineBranch,
        repoDir: process.env.GITHUB_WORKSPACE ?? process.cwd()
    });
    return Promise.all(machines.map(async (machine) => {
        try {
            const trend = await loadTrend(store, machine.results.topology.fingerprint, { last: TREND_RUNS });
            return { ...machine, trend: trend.series };
        }
        catch (error) {
            core/* info */.pq(`history: not shown: ${error.message}`);
            return machine;
        }
    }));
}
/** Renders and publishes the report of one or more machines; returns the combined verdict for the step status. */
async function reportAndComment(request) {
    const { config, context } = request;
    const machines = await withTrend(config, request.machines);
    const outcome = combineComparisons(machines.map((machine) => machine.comparison));
    const links = reportLinks(context);
    const full = render_renderReport(machines, { maxChars: SUMMARY_MAX_CHARS, links });
    const outDir = (0,external_node_path_.resolve)(config.outDir);
    (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
    const reportPath = (0,external_node_path_.join)(outDir, REPORT_FILE_NAME);
    (0,external_node_fs_.writeFileSync)(reportPath, full.markdown);
    core/* setOutput */.uH('verdict', outcome.verdict);
    core/* setOutput */.uH('regressions', String(outcome.regressions));
    core/* setOutput */.uH('improvements', String(outcome.improvements));
    core/* setOutput */.uH('report-path', reportPath);
    core/* setOutput */.uH('cross-package-penalty', machines.length === 1 ? crossPackagePenalty(machines[0].figures) : '');
    await writeSummary(full.markdown);
    const key = stickyKeyFor(context.workflow, context.job, machines.map((machine) => machine.results.topology.fingerprint));
    const marker = commentMarker(key);
    const forComment = render_renderReport(machines, {
        maxChars: COMMENT_MAX_CHARS - marker.length - 1,
        fullReportHint: fullReportHint(context),
        links
    });
    if (forComment.truncated.length > 0)
        core/* info */.pq(`PR comment shortened: left out ${forComment.truncated.join(', ')}`);
    const target = request.pullRequest === null ? null : commentTarget(context, request.pullRequest.number);
    const comment = await publishComment({
        mode: config.comment,
        verdict: outcome.verdict,
        target,
        fromFork: request.pullRequest?.fromFork ?? false,
        client: () => (0,github/* getOctokit */.Q)(request.token),
        hasToken: request.token !== '',
        marker,
        body: stickyBody(marker, forComment.markdown),
        expectedHeadSha: request.pullRequest?.expectedHeadSha,
        log: { info: core/* info */.pq, warning: core/* warning */.$e }
    });
    return { ...outcome, reportPath, comment };
}
/** Outside a runner (no GITHUB_STEP_SUMMARY) there is no summary to write; that must not cost the comment. */
async function writeSummary(markdown) {
    try {
        await core/* summary */.z.addRaw(markdown, true).write();
    }
    catch (error) {
        core/* warning */.$e(`job summary not written: ${error.message}; the report is in ${REPORT_FILE_NAME}`);
    }
}
/**
 * What the baseline step needs to know about this run. A pull request is compared with the record measured on its
 * merge-base when the checkout has the history to find it (fetch-depth: 0), else with the newest from its base branch.
 */
async function baselineRunContext(context, repoDir, log) {
    const pullRequest = (0,github_event/* pullRequestOf */._n)(context);
    const mergeBaseSha = pullRequest !== null && pullRequest.baseSha !== '' && pullRequest.headSha !== ''
        ? await findMergeBase(repoDir, pullRequest.baseSha, pullRequest.headSha)
        : null;
    if (pullRequest !== null && mergeBaseSha === null) {
        log(`baseline: no merge-base of ${pullRequest.baseRef} and the pull request in this checkout (fetch-depth: 0 gives it); using the newest baseline from ${pullRequest.baseRef}`);
    }
    return {
        eventName: context.eventName,
        commitSha: context.sha,
        ref: context.ref,
        baseBranch: pullRequest?.baseRef ?? null,
        mergeBaseSha,
        runId: context.runId,
        defaultBranch: context.defaultBranch,
        repoDir,
        log
    };
}
/**
 * The pull request a measuring run reports to. Under pull_request_target the token can write even for a fork, so only
 * pull_request marks a fork's token as read-only.
 */
function pullRequestToReport(context) {
    const pullRequest = (0,github_event/* pullRequestOf */._n)(context);
    if (pullRequest === null)
        return null;
    return { number: pullRequest.number, fromFork: pullRequest.fromFork && context.eventName === 'pull_request' };
}
/**
 * Comment-only mode (report-from): no runner requirements, nothing built or measured. The pull request comes from the
 * artifact's pull-request.json, checked against the workflow_run's head commit and the pull request's current head.
 */
async function commentFromArtifact(config, context, token, directory) {
    const artifact = readArtifact(directory);
    checkArtifactHead(artifact.pullRequest, context.payload, (0,external_node_path_.join)(directory, PULL_REQUEST_FILE_NAME));
    core/* info */.pq(`report-from: ${artifact.machines.length} machine(s) for pull request #${artifact.pullRequest.number} at ` +
        `${artifact.pullRequest.headSha}: ${artifact.machines.map((machine) => machine.label).join(', ')}`);
    const machines = artifact.machines.map((machine) => ({
        label: machine.label,
        results: machine.results,
        comparison: machine.comparison,
        figures: figures_numaFigures(machine.results)
    }));
    return reportAndComment({
        config,
        context,
        token,
        machines,
        pullRequest: {
            number: artifact.pullRequest.number,
            // Run from a fork's pull_request (a matrix's final job) the token is still read-only; from workflow_run it is not.
            fromFork: pullRequestToReport(context)?.fromFork ?? false,
            expectedHeadSha: artifact.pullRequest.headSha
        }
    });
}

;// CONCATENATED MODULE: ./src/github/index.ts






;// CONCATENATED MODULE: ./src/plan/cells.ts
/**
 * A pinned same-thread cell has one CPU and no pair, so no class describes it; it carries 'smt-sibling', the
 * nearest class, and its key says "cpuN" instead of a class and pair. Consumers compare cells within one mode.
 */
const SAME_THREAD_CLASS = 'smt-sibling';
function nodeOf(topology, cpu) {
    return topology.cpus.find((entry) => entry.id === cpu)?.node ?? null;
}
/**
 * The third node for the 'other' home: not the producer's or the consumer's, holding memory (a CPU-less node
 * counts), farthest from the producer by SLIT so the cell shows the worst placement. On a tie a CPU-less node
 * wins (that is where CXL or HBM memory lives, the tier a deployment most needs numbers for), then the lowest id.
 */
function otherNode(topology, producerNode, consumerNode) {
    const candidates = topology.nodes.filter((node) => node.id !== producerNode && node.id !== consumerNode && node.memoryMiB !== 0);
    if (candidates.length === 0)
        return null;
    const row = topology.nodes.findIndex((node) => node.id === producerNode);
    const distance = (id) => {
        const column = topology.nodes.findIndex((node) => node.id === id);
        return topology.distances?.[row]?.[column] ?? 0;
    };
    const rank = (node) => [distance(node.id), node.cpus.length === 0 ? 1 : 0];
    return candidates.reduce((best, node) => {
        const [nodeDistance, nodeCpuless] = rank(node);
        const [bestDistance, bestCpuless] = rank(best);
        return nodeDistance > bestDistance || (nodeDistance === bestDistance && nodeCpuless > bestCpuless) ? node : best;
    }).id;
}
/** Memory homes of a pinned placement, each with its node; a home on the same node as an earlier one is left out. */
function homesFor(topology, producerCpu, consumerCpu, kept) {
    const producerNode = nodeOf(topology, producerCpu);
    const consumerNode = nodeOf(topology, consumerCpu);
    if (producerNode === null || consumerNode === null)
        return [];
    const candidates = [
        { home: 'producer', node: producerNode },
        { home: 'consumer', node: consumerNode },
        { home: 'other', node: otherNode(topology, producerNode, consumerNode) }
    ];
    const homes = [];
    for (const { home, node } of candidates) {
        if (node === null || !kept.includes(home) || homes.some((earlier) => earlier.node === node))
            continue;
        homes.push({ home, node });
    }
    return homes;
}
function pinnedKey(subject, mode, where, home, node, padding) {
    const memory = node === null ? `mem=${home}` : `mem=${home}:${node}`;
    return `${subject}/${mode}/${where}/${memory}/pad=${padding}/pinned`;
}
/** Messages per published index of the batched ring: four lines of 8-byte messages, DPDK's default burst. */
const DEFAULT_BATCH = 32;
/**
 * The batched ring's throughput cells, one per reference cell at the padding the figures hold fixed (64, else the
 * smallest planned, as stats' canonicalSettings picks), so the report can state its gain per class.
 */
function batchedCells(reference, selection) {
    if (selection.batched !== true)
        return [];
    const padding = selection.paddings.includes(64) ? 64 : Math.min(...selection.paddings);
    return reference
        .filter((cell) => cell.mode === 'throughput' && cell.padding === padding)
        .map((cell) => ({
        ...cell,
        subject: 'batched',
        batch: Math.min(DEFAULT_BATCH, cell.capacity),
        key: cell.key.replace(/^reference\//, 'batched/')
    }));
}
function expandCells(topology, selection, shape) {
    const reference = referenceCells(topology, selection, shape);
    const context = [...reference, ...batchedCells(reference, selection)];
    if (!selection.subject)
        return context;
    // The subject decides its own layout; it gets the largest padding, the one budget trimming keeps longest.
    const subjectPadding = Math.max(...selection.paddings);
    const mirrored = reference
        .filter((cell) => cell.padding === subjectPadding)
        .map((cell) => ({ ...cell, subject: 'subject', key: cell.key.replace(/^reference\//, 'subject/') }));
    if (selection.abVariants === null)
        return [...context, ...mirrored];
    const variants = mirrored.flatMap((cell) => [
        { ...cell, variant: 'base' },
        { ...cell, variant: 'head' }
    ]);
    return selection.abVariants.withReference ? [...context, ...variants] : variants;
}
function referenceCells(topology, selection, shape) {
    const cells = [];
    const base = (mode, padding) => ({
        subject: 'reference',
        variant: null,
        mode,
        padding,
        capacity: shape.capacity,
        payload: shape.payload,
        messages: shape.messages[mode],
        warmupMessages: shape.warmupMessages[mode]
    });
    for (const mode of selection.modes) {
        for (const padding of selection.paddings) {
            if (selection.pinning !== 'unpinned') {
                if (mode === 'same-thread') {
                    const cpu = selection.sameThreadCpu;
                    for (const { home, node } of cpu === null ? [] : homesFor(topology, cpu, cpu, selection.homes)) {
                        cells.push({
                            ...base(mode, padding),
                            key: pinnedKey('reference', mode, `cpu${cpu}`, home, node, padding),
                            placementClass: SAME_THREAD_CLASS,
                            producerCpu: cpu,
                            consumerCpu: cpu,
                            pinned: true,
                            memoryHome: home,
                            memoryNode: node
                        });
                    }
                }
                else {
                    for (const { name, pairs } of selection.pairs) {
                        for (const [producerCpu, consumerCpu] of pairs) {
                            for (const { home, node } of homesFor(topology, producerCpu, consumerCpu, selection.homes)) {
                                cells.push({
                                    ...base(mode, padding),
                                    key: pinnedKey('reference', mode, `${name}/${producerCpu}>${consumerCpu}`, home, node, padding),
                                    placementClass: name,
                                    producerCpu,
                                    consumerCpu,
                                    pinned: true,
                                    memoryHome: home,
                                    memoryNode: node
                                });
                            }
                        }
                    }
                }
            }
            if (selection.pinning !== 'pinned' && (mode === 'same-thread' || selection.unpinnedPairs)) {
                cells.push({
                    ...base(mode, padding),
                    key: `reference/${mode}/unpinned/mem=first-touch/pad=${padding}/unpinned`,
                    placementClass: 'unpinned',
                    producerCpu: null,
                    consumerCpu: null,
                    pinned: false,
                    memoryHome: 'first-touch',
                    memoryNode: null
                });
            }
        }
    }
    return cells;
}

;// CONCATENATED MODULE: ./src/plan/render.ts
/** The text `numa-spsc-bench plan` prints: what will be measured, what it costs, and what was left out and why. */


function renderPlanText(plan) {
    const samples = plan.cells.length * plan.repetitions;
    const lines = [
        `Plan: ${plan.cells.length} cells × ${plan.repetitions} repetitions = ${samples} samples, ` +
            `about ${formatSeconds(plan.estimatedSeconds)} (budget ${formatSeconds(plan.budgetSeconds)}), seed ${plan.seed}`,
        'Each sample is a fresh process; all samples run in one shuffled, interleaved order.',
        plan.costSource === 'pilot'
            ? `Times measured on this machine by a ${(plan.pilotSeconds ?? 0).toFixed(1)} s pilot.`
            : 'Times are an estimate from a fixed cost model; run measures a short pilot on this machine and plans from it.',
        ''
    ];
    for (const [group, cells] of groupCells(plan.cells)) {
        lines.push(`${group} (${cells.length} cells)`);
        const rows = collapsePaddings(cells);
        for (const line of alignColumns(rows))
            lines.push(`  ${line}`);
        lines.push('');
    }
    if (plan.dropped.length > 0) {
        lines.push('Dropped:');
        for (const drop of plan.dropped)
            lines.push(`  ${drop.what}: ${drop.why}`);
        lines.push('');
    }
    if (plan.unavailableClasses.length > 0) {
        lines.push('Not measured:');
        for (const entry of plan.unavailableClasses)
            lines.push(`  ${entry.name}: ${entry.reason}`);
        lines.push('');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
function groupName(cell) {
    if (cell.mode === 'same-thread' && cell.pinned)
        return `${cell.subject} same-thread (one CPU, no pair)`;
    return `${cell.subject} ${cell.placementClass}`;
}
function groupCells(cells) {
    const groups = new Map();
    for (const cell of cells) {
        const name = groupName(cell);
        groups.set(name, [...(groups.get(name) ?? []), cell]);
    }
    return groups;
}
/** One row per mode, CPUs and memory, listing its paddings, so a 3-padding plan is not three times as long. */
function collapsePaddings(cells) {
    const rows = new Map();
    for (const cell of cells) {
        const cpus = cell.pinned
            ? cell.mode === 'same-thread'
                ? `cpu ${cell.producerCpu}`
                : `${cell.producerCpu}>${cell.consumerCpu}`
            : 'any CPUs';
        const memory = cell.memoryNode === null ? `memory ${cell.memoryHome}` : `memory ${cell.memoryHome} (node ${cell.memoryNode})`;
        const fields = [cell.mode, cpus, memory, cell.pinned ? 'pinned' : 'unpinned'];
        const id = fields.join('|');
        const row = rows.get(id) ?? { fields, paddings: [] };
        row.paddings.push(cell.padding);
        rows.set(id, row);
    }
    return [...rows.values()].map(({ fields, paddings }) => [
        fields[0],
        fields[1],
        fields[2],
        `padding ${paddings.join(',')}`,
        fields[3]
    ]);
}

;// CONCATENATED MODULE: ./src/plan/index.ts
/**
 * The planner: which cells to measure, how many repetitions the budget buys, and, when it buys fewer than the
 * statistics need, what to drop (pairs, then paddings, then memory homes), always written into plan.dropped.
 */








/**
 * Seven repetitions by default. The stats stage runs a two-sided Mann-Whitney U test at alpha 0.01: with n samples
 * on each side its smallest attainable p-value is 2 / C(2n, n), which is 0.029 for n = 4 (significance impossible)
 * and 0.0079 for n = 5. Five valid samples per side is therefore the floor; two more absorb an invalid sample or two
 * (a crashed or mis-placed run) without falling below it. With seven, 2 / C(14, 7) = 0.00058.
 */
const DEFAULT_MIN_REPETITIONS = 7;
/** Past about thirty samples a median's CI narrows slowly; the rest of the budget is better left unspent. */
const DEFAULT_MAX_REPETITIONS = 30;
const DEFAULT_PADDINGS = [0, 64, 128];
/** 1024 slots of 8 bytes: the ring fits in half an L1d, so the numbers show coherence traffic, not cache capacity. */
const DEFAULT_CAPACITY = 1024;
const DEFAULT_PAYLOAD = 8;
function makePlan(topology, classes, options) {
    const minRepetitions = positiveInteger('minRepetitions', options.minRepetitions ?? DEFAULT_MIN_REPETITIONS);
    const maxRepetitions = Math.max(minRepetitions, positiveInteger('maxRepetitions', options.maxRepetitions ?? DEFAULT_MAX_REPETITIONS));
    const model = options.costModel ?? DEFAULT_COST_MODEL;
    if (!(options.budgetSeconds > 0))
        throw new Error(`budget: ${options.budgetSeconds} s is not a positive duration`);
    const pilotSeconds = options.pilotSeconds ?? 0;
    const samplesSeconds = options.budgetSeconds - pilotSeconds;
    const shape = cellShape(options);
    const dropped = [];
    const selection = initialSelection(topology, classes, options, dropped);
    const unavailableClasses = classes
        .filter((entry) => wanted(options, entry.name) && !selection.pairs.some((kept) => kept.name === entry.name))
        .map((entry) => ({
        name: entry.name,
        reason: `not available on this runner: ${entry.unavailableReason ?? 'no pair of CPUs this process may use'}`
    }));
    const roundSeconds = (cells) => cells.reduce((sum, cell) => sum + sampleSeconds(cell, model), 0);
    const withCost = (cells) => cells.map((cell) => ({ ...cell, expectedSeconds: sampleSeconds(cell, model) }));
    const full = withCost(expandCells(topology, selection, shape));
    if (full.length === 0) {
        throw new Error('plan: nothing to measure: no selected class has a pair of CPUs this process may use ' +
            `(modes ${selection.modes.join(', ')}, pinning "${selection.pinning}")`);
    }
    let cells = full;
    const repetitionsFor = (list) => Math.min(maxRepetitions, Math.floor(Math.max(0, samplesSeconds) / roundSeconds(list)));
    while (repetitionsFor(cells) < minRepetitions) {
        const why = `budget ${budget_formatSeconds(options.budgetSeconds)}: ${minRepetitions} repetitions of ${cells.length} cells ` +
            `need about ${budget_formatSeconds(minRepetitions * roundSeconds(cells))}`;
        const drop = trimOnce(selection);
        if (drop === null) {
            // The advice covers the pilot too: the budget is the pilot's seconds plus the samples'.
            const afterPilot = pilotSeconds > 0 ? `after the pilot's ${budget_formatSeconds(pilotSeconds)}, ` : '';
            throw new Error(`budget ${budget_formatSeconds(options.budgetSeconds)} is too small: ${afterPilot}the smallest plan it can trim to ` +
                `(${cells.length} of ${full.length} cells) needs about ` +
                `${budget_formatSeconds(minRepetitions * roundSeconds(cells))} for the minimum of ${minRepetitions} repetitions; ` +
                `use a budget of at least ${budgetString(pilotSeconds + minRepetitions * roundSeconds(cells))} ` +
                `(the full plan needs ${budgetString(pilotSeconds + minRepetitions * roundSeconds(full))})`);
        }
        const trimmed = withCost(expandCells(topology, selection, shape));
        if (trimmed.length < cells.length)
            dropped.push({ what: drop, why });
        cells = trimmed;
    }
    const repetitions = repetitionsFor(cells);
    return {
        cells,
        repetitions,
        seed: options.seed,
        budgetSeconds: options.budgetSeconds,
        estimatedSeconds: pilotSeconds + repetitions * roundSeconds(cells),
        costSource: model.source,
        pilotSeconds,
        dropped,
        unavailableClasses
    };
}
function wanted(options, name) {
    return options.classes === undefined || options.classes.length === 0 || options.classes.includes(name);
}
function initialSelection(topology, classes, options, dropped) {
    const allowed = new Set(topology.allowedCpus);
    for (const name of options.classes ?? []) {
        if (!PLACEMENT_CLASSES.includes(name)) {
            throw new Error(`classes: "${name}" is not a placement class; expected one of ${PLACEMENT_CLASSES.join(', ')}`);
        }
    }
    // A requested class the machine lacks would leave a run measuring something else and passing; say so instead.
    const missing = classes.filter((entry) => options.classes?.includes(entry.name) && entry.pairs.length === 0);
    if (missing.length > 0) {
        const present = classes.filter((entry) => entry.pairs.length > 0).map((entry) => entry.name);
        throw new Error(`classes: ${missing.map((entry) => `"${entry.name}" is not available on this machine (${entry.unavailableReason})`).join('; ')}. ` +
            `This machine has ${present.length > 0 ? present.join(', ') : 'none of the placement classes'}`);
    }
    const pairs = [];
    for (const entry of classes) {
        if (!wanted(options, entry.name)) {
            if (entry.pairs.length > 0)
                dropped.push({ what: `class ${entry.name}`, why: 'not among the requested classes' });
            continue;
        }
        const kept = entry.pairs.filter(([producer, consumer]) => {
            const usable = allowed.has(producer) && allowed.has(consumer);
            if (!usable) {
                dropped.push({
                    what: `pair ${producer}>${consumer} of ${entry.name}`,
                    why: 'a CPU of the pair is not in the CPUs this process may use (affinity mask or cgroup cpuset)'
                });
            }
            return usable;
        });
        if (kept.length > 0)
            pairs.push({ name: entry.name, pairs: kept.map(([p, c]) => [p, c]) });
    }
    const paddings = [...new Set(options.paddings ?? DEFAULT_PADDINGS)];
    for (const padding of paddings) {
        if (!Number.isInteger(padding) || padding < 0)
            throw new Error(`paddings: ${padding} is not a whole number of bytes`);
    }
    if (paddings.length === 0)
        throw new Error('paddings: the list is empty; expected e.g. 0,64,128');
    const modes = [...new Set(options.modes ?? MODES)];
    for (const mode of modes) {
        if (!MODES.includes(mode))
            throw new Error(`modes: "${mode}" is not a mode; expected one of ${MODES.join(', ')}`);
    }
    if (modes.length === 0)
        throw new Error(`modes: the list is empty; expected some of ${MODES.join(', ')}`);
    return {
        pairs,
        paddings,
        homes: ['producer', 'consumer', 'other'],
        modes,
        pinning: options.pinning ?? 'both',
        sameThreadCpu: sameThreadCpu(topology),
        unpinnedPairs: unpinnedPairs(topology, modes, options.pinning ?? 'both', dropped),
        subject: (options.subject?.enabled ?? false) || options.abVariants !== undefined,
        batched: options.batched ?? false,
        abVariants: options.abVariants ?? null
    };
}
/**
 * Two threads of an unpinned cell need two CPUs: on one, each spins through its time slice waiting for the other, and
 * the sample measures the scheduler (and usually times out). With fewer than two allowed CPUs they are left out.
 */
function unpinnedPairs(topology, modes, pinning, dropped) {
    if (topology.allowedCpus.length >= 2)
        return true;
    const twoThreadModes = modes.filter((mode) => mode !== 'same-thread');
    if (twoThreadModes.length > 0) {
        dropped.push({
            what: `two-thread cells (${twoThreadModes.join(', ')})${pinning === 'pinned' ? '' : ', unpinned ones included'}`,
            why: `this process may use only ${topology.allowedCpus.length === 1 ? `CPU ${topology.allowedCpus[0]}` : 'no CPU'} ` +
                '(affinity mask or cgroup cpuset): two spinning threads on one CPU measure the scheduler, not the ring'
        });
    }
    return false;
}
/** CPU 0 takes most housekeeping and interrupts on Linux, so a single thread goes on another allowed CPU if any. */
function sameThreadCpu(topology) {
    const placeable = topology.allowedCpus.filter((id) => topology.cpus.some((cpu) => cpu.id === id && cpu.node !== null));
    return placeable.find((id) => id !== 0) ?? placeable[0] ?? null;
}
/**
 * One step of the stated trimming order; returns what was dropped, or null when nothing is left to drop.
 * 1. pairs: the last pair of the class holding the most, until each class keeps one;
 * 2. paddings: all but the largest, largest first (the largest, what a well-built ring uses, stays);
 * 3. memory homes: "other" (a third node), then "consumer"; "producer" stays;
 * 4. unpinned cells, when pinned ones remain: on a busy machine they cost the most and measure the scheduler as much
 *    as the ring.
 */
function trimOnce(selection) {
    const widest = selection.pairs.reduce((best, entry) => entry.pairs.length > 1 && (best === null || entry.pairs.length >= best.pairs.length) ? entry : best, null);
    if (widest !== null) {
        const [producer, consumer] = widest.pairs.pop();
        return `pair ${producer}>${consumer} of ${widest.name}`;
    }
    if (selection.paddings.length > 1) {
        const largest = Math.max(...selection.paddings);
        const victim = Math.max(...selection.paddings.filter((padding) => padding !== largest));
        selection.paddings = selection.paddings.filter((padding) => padding !== victim);
        return `padding ${victim}`;
    }
    for (const home of ['other', 'consumer']) {
        if (selection.homes.includes(home)) {
            selection.homes = selection.homes.filter((kept) => kept !== home);
            return `memory home "${home}"`;
        }
    }
    if (selection.pinning === 'both' && (selection.pairs.length > 0 || selection.sameThreadCpu !== null)) {
        selection.pinning = 'pinned';
        return 'unpinned cells';
    }
    return null;
}
function cellShape(options) {
    const messages = { ...DEFAULT_MESSAGES, ...options.messages };
    const warmupMessages = Object.fromEntries(MODES.map((mode) => [mode, options.warmupMessages?.[mode] ?? Math.round(messages[mode] * WARMUP_FRACTION)]));
    for (const mode of MODES) {
        positiveInteger(`messages for ${mode}`, messages[mode]);
        if (!Number.isInteger(warmupMessages[mode]) || warmupMessages[mode] < 0) {
            throw new Error(`warmupMessages for ${mode}: ${warmupMessages[mode]} is not a whole number`);
        }
    }
    return {
        capacity: positiveInteger('capacity', options.capacity ?? DEFAULT_CAPACITY),
        payload: positiveInteger('payload', options.payload ?? DEFAULT_PAYLOAD),
        messages,
        warmupMessages
    };
}
function positiveInteger(name, value) {
    if (!Number.isInteger(value) || value < 1)
        throw new Error(`${name}: ${value} is not a positive whole number`);
    return value;
}

;// CONCATENATED MODULE: ./src/run/output.ts
/**
 * The output directory is made ready before anything is built or measured, so a path that is a file, a directory we
 * cannot write, or an earlier run's results are found in the first second, not after every sample was taken.
 */



/**
 * Creates DIRECTORY, proves it writable, and moves an earlier run's results.json aside to
 * results-<its modification time>.json, so no run's results are replaced silently and none is refused for it.
 */
function prepareOutputDirectory(directory, input = 'out-dir') {
    const path = (0,external_node_path_.resolve)(directory);
    if ((0,external_node_fs_.existsSync)(path) && !(0,external_node_fs_.statSync)(path).isDirectory()) {
        throw new Error(`${input}: "${directory}" is a file, not a directory; expected a directory for ${RESULTS_FILE_NAME}`);
    }
    const probe = (0,external_node_path_.join)(path, `.write-test.${process.pid}`);
    try {
        (0,external_node_fs_.mkdirSync)(path, { recursive: true });
        (0,external_node_fs_.writeFileSync)(probe, '');
        (0,external_node_fs_.rmSync)(probe);
    }
    catch (error) {
        throw new Error(`${input}: "${directory}" cannot be written: ${error.message}`, { cause: error });
    }
    const existing = (0,external_node_path_.join)(path, RESULTS_FILE_NAME);
    if (!(0,external_node_fs_.existsSync)(existing))
        return { directory: path, movedAside: null };
    const stamp = (0,external_node_fs_.statSync)(existing).mtime.toISOString().replace(/[:.]/g, '-');
    let aside = (0,external_node_path_.join)(path, `results-${stamp}.json`);
    for (let suffix = 2; (0,external_node_fs_.existsSync)(aside); suffix++)
        aside = (0,external_node_path_.join)(path, `results-${stamp}-${suffix}.json`);
    (0,external_node_fs_.renameSync)(existing, aside);
    return { directory: path, movedAside: aside };
}

;// CONCATENATED MODULE: ./src/run/pilot.ts
/**
 * The pilot: before the plan is fixed, short samples of each kind of cell (implementation × mode × pinned or not)
 * are timed on this machine, plus a bare process start of each implementation, so repetitions, the deadline and the
 * per-sample timeouts follow what this machine does now, not what a fast idle one would (issue: a busy 2-vCPU VM ran
 * unpinned cells 10-50 times slower than the fixed cost model assumed).
 */



/** A pilot sample moves this fraction of the cell's messages: long enough to time, short enough to be cheap. */
const PILOT_FRACTION = 0.1;
/** Messages of the bare start, which measures process start, ring setup and page placement but no traffic. */
const START_MESSAGES = 1;
/** Shorter than this, a timed part is within the noise of the start it is measured against. */
const MIN_TIMED_SECONDS = 0.002;
/**
 * Launches per measurement, of which the median counts: on a busy machine one launch of the same cell can take five
 * times another (the 2-vCPU VM with one CPU loaded measured 1.1-8.7 s for the same pingpong cell), and a plan sized
 * from one outlier is either cut short by the deadline or needlessly trimmed.
 */
const PILOT_LAUNCHES = 3;
/** A pilot launch that takes longer than this is hung; its kind keeps the fixed model's figures. */
const PILOT_TIMEOUT_MS = 20_000;
/** "pilot 2.1 s: reference/throughput/pinned 0.08 s, reference/throughput/unpinned 1.90 s per sample". */
function describePilot(pilot) {
    const kinds = Object.entries(pilot.sampleSeconds).map(([kind, seconds]) => `${kind} ${seconds.toFixed(2)} s`);
    return `pilot ${pilot.seconds.toFixed(1)} s: ${kinds.length === 0 ? 'nothing measured' : `${kinds.join(', ')} per sample`}`;
}
/** A copy of the cell moving `messages` timed messages, warm-up scaled alike. */
function shortened(cell, messages) {
    const warmupMessages = Math.round((cell.warmupMessages * messages) / cell.messages);
    return { ...cell, messages, warmupMessages };
}
/** The median wall time of PILOT_LAUNCHES launches of the cell, or the first failure. */
async function medianLaunch(cell, options) {
    const seconds = [];
    for (let launch = 0; launch < PILOT_LAUNCHES; launch++) {
        const timed = await timedLaunch(cell, options);
        if (timed.failure !== null)
            return timed;
        seconds.push(timed.seconds);
    }
    seconds.sort((a, b) => a - b);
    return { seconds: seconds[Math.floor(seconds.length / 2)], failure: null };
}
async function timedLaunch(cell, options) {
    const command = commandFor(cell, options);
    const started = process.hrtime.bigint();
    const outcome = await launch(command.argv, cell.subject === 'subject' ? subjectEnvironment(cell) : {}, PILOT_TIMEOUT_MS, options.signal, command.cwd);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const failure = outcome.spawnError ??
        (outcome.timedOut
            ? `no result within ${PILOT_TIMEOUT_MS / 1000} s`
            : outcome.exitCode !== 0
                ? `exit status ${outcome.exitCode ?? outcome.signal}${outcome.stderrTail ? `: ${outcome.stderrTail}` : ''}`
                : null);
    return { seconds, failure };
}
/**
 * Times one cell of each kind among `cells` (the first of each, as planned). A kind whose sample fails, or a run
 * that is aborted, keeps the fixed model's figures for it; the pilot itself never throws for a sample.
 */
async function runPilot(cells, options) {
    const started = process.hrtime.bigint();
    const representatives = new Map();
    for (const cell of cells)
        if (!representatives.has(costKind(cell)))
            representatives.set(costKind(cell), cell);
    const startSeconds = new Map();
    const kinds = {};
    const failures = [];
    const sampleSeconds = {};
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
    for (const [kind, cell] of representatives) {
        if (options.signal?.aborted)
            break;
        if (options.maxSeconds !== undefined && elapsed() > options.maxSeconds) {
            failures.push(`${kind}: not measured, the pilot had used its ${options.maxSeconds.toFixed(0)} s of the budget`);
            continue;
        }
        const implementation = cell.variant === null ? cell.subject : `${cell.subject}/${cell.variant}`;
        if (!startSeconds.has(implementation)) {
            const bare = await medianLaunch(shortened(cell, START_MESSAGES), options);
            if (bare.failure !== null) {
                failures.push(`${kind}: the bare start failed (${bare.failure})`);
                continue;
            }
            startSeconds.set(implementation, bare.seconds);
        }
        const startup = startSeconds.get(implementation);
        const pilot = shortened(cell, Math.max(START_MESSAGES, Math.round(cell.messages * PILOT_FRACTION)));
        const timed = await medianLaunch(pilot, options);
        if (timed.failure !== null) {
            failures.push(`${kind}: ${timed.failure}`);
            continue;
        }
        const moving = Math.max(timed.seconds - startup, MIN_TIMED_SECONDS);
        kinds[kind] = { startupSeconds: startup, messagesPerSecond: (pilot.messages + pilot.warmupMessages) / moving };
        sampleSeconds[kind] = startup + (cell.messages + cell.warmupMessages) / kinds[kind].messagesPerSecond;
    }
    return {
        model: { ...DEFAULT_COST_MODEL, kinds, source: 'pilot' },
        seconds: elapsed(),
        failures,
        sampleSeconds
    };
}

;// CONCATENATED MODULE: ./src/topology/cpus.ts


const CPU_DIR = 'sys/devices/system/cpu';
/** Online CPUs: cpu/online when present, else each CPU's own online flag, else a topology folder (offline CPUs lose it). */
function onlineCpus(tree, warnings) {
    const present = tree.numberedEntries(CPU_DIR, 'cpu');
    if (present.length === 0)
        throw new TopologyError(`${tree.path(CPU_DIR)}: no cpuN folder: not a Linux sysfs tree`);
    const listed = tree.cpuList(`${CPU_DIR}/online`);
    if (listed !== null) {
        const missing = listed.filter((cpu) => !present.includes(cpu));
        if (missing.length > 0)
            warnings.push(`${CPU_DIR}/online lists CPUs without a folder: ${missing.join(', ')}`);
        return listed.filter((cpu) => present.includes(cpu));
    }
    return present.filter((cpu) => {
        // Some kernels leave the flag empty; then, as when it is absent, the topology folder tells.
        const flag = tree.text(`${CPU_DIR}/cpu${cpu}/online`);
        return flag === null || flag === '' ? tree.isDirectory(`${CPU_DIR}/cpu${cpu}/topology`) : flag === '1';
    });
}
function l3CpusOf(tree, cpu) {
    const cacheDir = `${CPU_DIR}/cpu${cpu}/cache`;
    for (const index of tree.numberedEntries(cacheDir, 'index')) {
        const base = `${cacheDir}/index${index}`;
        if (tree.integer(`${base}/level`) !== 3 || tree.text(`${base}/type`) === 'Instruction')
            continue;
        return tree.cpuSet(`${base}/shared_cpu_list`, `${base}/shared_cpu_map`);
    }
    return null;
}
function readCpuFiles(tree, id, onlineSet) {
    const base = `${CPU_DIR}/cpu${id}/topology`;
    const online = (cpus) => cpus?.filter((cpu) => onlineSet.has(cpu)) ?? null;
    const packageId = tree.integer(`${base}/physical_package_id`);
    return {
        id,
        // Firmware may report -1 (unknown); the package's sibling set may still group its CPUs.
        packageId: packageId === null || packageId < 0 ? null : packageId,
        packageCpus: online(tree.cpuList(`${base}/package_cpus_list`) ?? tree.cpuSet(`${base}/core_siblings_list`, `${base}/core_siblings`)),
        die: tree.integer(`${base}/die_id`) ?? 0,
        coreId: tree.integer(`${base}/core_id`),
        threadCpus: online(tree.cpuList(`${base}/core_cpus_list`) ?? tree.cpuSet(`${base}/thread_siblings_list`, `${base}/thread_siblings`)),
        l3Cpus: online(l3CpusOf(tree, id))
    };
}
/**
 * Which package each CPU is on, hwloc's way: the kernel's package sibling list first (it groups CPUs even where
 * physical_package_id is -1 or repeats across packages), the id where no list exists; null for all when some CPU has
 * neither, since a package made up per CPU would invent cross-package pairs.
 */
function packageKeys(raw, warnings) {
    const unknown = raw.filter((cpu) => (cpu.packageCpus === null || cpu.packageCpus.length === 0) && cpu.packageId === null);
    if (unknown.length > 0) {
        warnings.push(`no physical_package_id or package sibling list for CPU(s) ${cpulist_formatCpuList(unknown.map((cpu) => cpu.id))}: ` +
            'packages are unknown on this machine, so the classes that need them are not measured');
        return null;
    }
    const keys = new Map(raw.map((cpu) => cpu.packageCpus !== null && cpu.packageCpus.length > 0
        ? [cpu.id, `cpus:${cpu.packageCpus[0]}`]
        : [cpu.id, `id:${cpu.packageId}`]));
    if (raw.some((cpu) => cpu.packageId === null)) {
        warnings.push('physical_package_id is -1 or missing for some CPUs: packages grouped by their core_siblings');
    }
    const byId = new Map();
    for (const cpu of raw) {
        if (cpu.packageId !== null)
            byId.set(cpu.packageId, (byId.get(cpu.packageId) ?? new Set()).add(keys.get(cpu.id) ?? ''));
    }
    const split = [...byId.entries()].filter(([, groups]) => groups.size > 1).map(([id]) => id);
    if (split.length > 0) {
        warnings.push(`physical_package_id ${split.join(', ')} is shared by CPUs whose package sibling lists differ: the sibling ` +
            'lists are followed, as hwloc does');
    }
    return keys;
}
/** Reads each online CPU; packages, dies and cores are renumbered 0.. in order of their first CPU. */
function readCpus(tree, online, warnings) {
    const onlineSet = new Set(online);
    const raw = online.map((id) => readCpuFiles(tree, id, onlineSet));
    const packageKeyOf = packageKeys(raw, warnings);
    const packageKey = (cpu) => packageKeyOf?.get(cpu.id) ?? 'unknown';
    const coresUnknown = raw.filter((cpu) => cpu.coreId === null && cpu.threadCpus === null);
    if (coresUnknown.length > 0) {
        warnings.push(`no core_id or thread sibling list for CPU(s) ${cpulist_formatCpuList(coresUnknown.map((cpu) => cpu.id))}: cores and ` +
            'SMT are unknown on this machine');
    }
    const pairedAcrossCores = raw.some((cpu) => (cpu.threadCpus ?? []).some((other) => {
        const otherCoreId = raw.find((candidate) => candidate.id === other)?.coreId;
        return cpu.coreId !== null && otherCoreId !== null && otherCoreId !== cpu.coreId;
    }));
    if (pairedAcrossCores) {
        warnings.push('thread_siblings_list pairs CPUs with different core_id (e.g. AMD Bulldozer compute units): counted as separate cores without SMT, as hwloc does');
    }
    const byId = new Map(raw.map((cpu) => [cpu.id, cpu]));
    // Two CPUs are one core only if the kernel calls them thread siblings AND (where core_id exists) share a core_id:
    // core_id alone repeats across clusters and dies, and thread_siblings alone pairs Bulldozer's separate integer cores.
    // Without core_id the thread sibling list alone tells, as it does for hwloc. Sibling lists that disagree with each
    // other are joined, so that every CPU ends up in exactly one core.
    const core = unionFind(online);
    for (const cpu of raw) {
        for (const other of cpu.threadCpus ?? []) {
            const candidate = byId.get(other);
            if (candidate === undefined || packageKey(candidate) !== packageKey(cpu))
                continue;
            if (cpu.coreId === null || candidate.coreId === null || candidate.coreId === cpu.coreId)
                core.join(cpu.id, other);
        }
    }
    const packageIndex = indexer();
    const coreIndex = indexer();
    return raw.map((cpu) => {
        const siblings = core.members(cpu.id);
        return {
            id: cpu.id,
            package: packageKeyOf === null ? null : packageIndex(packageKey(cpu)),
            die: cpu.die,
            core: coresUnknown.length > 0 ? null : coreIndex(`${siblings[0]}`),
            siblings,
            l3Cpus: cpu.l3Cpus
        };
    });
}
/** Disjoint sets of CPU ids: join two, ask for the ascending members of one's set. */
function unionFind(ids) {
    const parent = new Map(ids.map((id) => [id, id]));
    // Computed on the first question, after every join.
    let groups;
    const root = (id) => {
        let at = id;
        while (parent.get(at) !== at)
            at = parent.get(at);
        parent.set(id, at);
        return at;
    };
    return {
        join: (a, b) => {
            const [low, high] = [root(a), root(b)].sort((x, y) => x - y);
            parent.set(high, low);
        },
        members: (id) => {
            if (groups === undefined) {
                groups = new Map();
                for (const other of ids)
                    groups.set(root(other), [...(groups.get(root(other)) ?? []), other]);
            }
            return groups.get(root(id)) ?? [id];
        }
    };
}
function indexer() {
    const seen = new Map();
    return (key) => {
        if (!seen.has(key))
            seen.set(key, seen.size);
        return seen.get(key);
    };
}

;// CONCATENATED MODULE: ./src/topology/fingerprint.ts
/**
 * A short hash of what makes two machines' numbers comparable. It covers what changes coherence costs (CPU model,
 * sockets, nodes, distances, SMT, how CPUs share an L3) and nothing that varies between runs on one machine (free
 * memory, file order, the process's cgroup).
 */

function fingerprintOf(topology) {
    const packageOf = new Map(topology.cpus.map((cpu) => [cpu.id, cpu.package]));
    const canonical = {
        cpuModel: topology.cpuModel,
        packages: topology.packages,
        dies: topology.dies,
        cores: topology.cores,
        pus: topology.pus,
        smt: topology.smt,
        nodes: topology.nodes.map((node) => ({ id: node.id, cpus: node.cpus.length, cpuless: node.cpus.length === 0 })),
        distances: topology.distances,
        // Domain sizes per package, sorted: the L3 layout without depending on how CPUs were numbered.
        l3: topology.l3Domains.map((domain) => `${packageOf.get(domain[0])}:${domain.length}`).sort()
    };
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 12);
}

;// CONCATENATED MODULE: ./src/topology/nodes.ts
/** NUMA nodes and the SLIT distance matrix, with the quirks real kernels and firmware produce. */


const NODE_DIR = 'sys/devices/system/node';
function memoryMiB(tree, node) {
    const meminfo = tree.text(`${NODE_DIR}/node${node}/meminfo`);
    const match = meminfo === null ? null : /MemTotal:\s+(\d+)\s*kB/.exec(meminfo);
    return match === null ? null : Math.round(Number(match[1]) / 1024);
}
/** node/online, else the union of has_cpu and has_memory, else every node folder; only ids that have a folder. */
function onlineNodeIds(tree, folders, warnings) {
    const withCpu = tree.cpuList(`${NODE_DIR}/has_cpu`);
    const withMemory = tree.cpuList(`${NODE_DIR}/has_memory`);
    const listed = tree.cpuList(`${NODE_DIR}/online`) ??
        (withCpu === null && withMemory === null
            ? folders
            : [...new Set([...(withCpu ?? []), ...(withMemory ?? [])])].sort((a, b) => a - b));
    const missing = listed.filter((id) => !folders.includes(id));
    if (missing.length > 0)
        warnings.push(`${NODE_DIR}: online nodes without a folder are left out: ${missing.join(', ')}`);
    return listed.filter((id) => folders.includes(id));
}
/**
 * Online nodes sorted by id, each with its online CPUs; a missing node folder becomes one node with every CPU. A CPU
 * belongs to one node, so nodes whose cpusets overlap (firmware whose SRAT gives a CPU to two nodes, or every node all
 * CPUs) are one NUMA domain as far as placement can tell: as hwloc does, the lowest id stands for them, with the union
 * of their CPUs, and the others are left out, so no cell is ever planned "across" nodes that share CPUs.
 */
function readNodes(tree, online, warnings) {
    const folders = tree.numberedEntries(NODE_DIR, 'node');
    if (folders.length === 0) {
        warnings.push(`${NODE_DIR}: no node folders: treating the machine as one NUMA node`);
        return { nodes: [{ id: 0, cpus: [...online], memoryMiB: null }], listedIds: [0] };
    }
    const ids = onlineNodeIds(tree, folders, warnings);
    const onlineSet = new Set(online);
    const listed = ids.map((id) => {
        const cpus = tree.cpuSet(`${NODE_DIR}/node${id}/cpulist`, `${NODE_DIR}/node${id}/cpumap`);
        if (cpus === null)
            throw new TopologyError(`${tree.path(`${NODE_DIR}/node${id}`)}: neither cpulist nor cpumap`);
        return { id, cpus: cpus.filter((cpu) => onlineSet.has(cpu)), memoryMiB: memoryMiB(tree, id) };
    });
    const nodes = [];
    const owner = new Map();
    for (const node of listed) {
        const overlapping = [...new Set(node.cpus.map((cpu) => owner.get(cpu)).filter((kept) => kept !== undefined))];
        if (overlapping.length === 0) {
            nodes.push(node);
            for (const cpu of node.cpus)
                owner.set(cpu, node);
            continue;
        }
        // The lowest overlapping node absorbs this one and any other it bridges to.
        const [keeper, ...bridged] = overlapping.sort((a, b) => a.id - b.id);
        const absorbed = [...bridged, node];
        keeper.cpus = [...new Set([...keeper.cpus, ...absorbed.flatMap((other) => other.cpus)])].sort((a, b) => a - b);
        for (const cpu of keeper.cpus)
            owner.set(cpu, keeper);
        for (const other of bridged)
            nodes.splice(nodes.indexOf(other), 1);
        warnings.push(`NUMA node ${absorbed.map((other) => other.id).join(', ')} shares CPUs with node ${keeper.id} ` +
            `(the firmware's node cpusets overlap): treated as one NUMA node ${keeper.id} with CPUs ` +
            `${cpulist_formatCpuList(keeper.cpus)}, as hwloc does; no cross-node cell is planned between them`);
    }
    const orphans = online.filter((cpu) => !owner.has(cpu));
    if (orphans.length > 0)
        warnings.push(`online CPUs in no NUMA node: ${orphans.join(', ')}`);
    return { nodes, listedIds: ids };
}
/**
 * SLIT rows in node order. A row may have one column per online node (newer kernels) or one per node id up to the
 * highest (older ones); a lone node reading 0 or an unreadable row leaves the matrix unknown rather than wrong.
 */
function readDistances(tree, { nodes, listedIds }, warnings) {
    if (!tree.isDirectory(NODE_DIR) || tree.numberedEntries(NODE_DIR, 'node').length === 0)
        return null;
    const ids = nodes.map((node) => node.id);
    const rows = [];
    for (const id of ids) {
        const file = `${NODE_DIR}/node${id}/distance`;
        const text = tree.text(file);
        if (text === null) {
            warnings.push(`${file} is missing: distances unknown`);
            return null;
        }
        const values = text.split(/\s+/).map(Number);
        if (values.some((value) => !Number.isInteger(value) || value < 0)) {
            throw new TopologyError(`${tree.path(file)}: "${text}" is not a row of distances`);
        }
        if (values.length === listedIds.length)
            rows.push(ids.map((column) => values[listedIds.indexOf(column)]));
        else if (values.length > Math.max(...listedIds))
            rows.push(ids.map((column) => values[column]));
        else
            throw new TopologyError(`${tree.path(file)}: ${values.length} columns for ${listedIds.length} online nodes (ids ${listedIds.join(',')})`);
    }
    if (rows.some((row, index) => row[index] <= 0)) {
        warnings.push('the distance matrix has a zero diagonal (old kernels print 0 for a lone node): distances unknown');
        return null;
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/topology/cgroup.ts
/** What the process may use, kept apart from what the machine has: its affinity mask and its cgroup cpuset. */


/** The mounts (relative to the root) where the controller's files are: cgroup2, or a v1 hierarchy that has it. */
function cgroupMounts(tree, controller) {
    const mounts = tree.text('proc/mounts') ?? '';
    return mounts.split('\n').flatMap((line) => {
        const [, mountPoint, type, options = ''] = line.split(/\s+/);
        const flags = options.split(',');
        const at = (mountPoint ?? '').replace(/^\//, '');
        const mount = { controller, mountPoint: at, legacy: false };
        if (type === 'cgroup2')
            return [{ ...mount, version: 2, prefix: `${controller}.` }];
        if (type === 'cgroup' && flags.includes(controller)) {
            return [{ ...mount, version: 1, prefix: flags.includes('noprefix') ? '' : `${controller}.` }];
        }
        if (type === 'cpuset' && controller === 'cpuset')
            return [{ ...mount, version: 1, prefix: '', legacy: true }];
        return [];
    });
}
/** File names holding the allowed CPUs or memory nodes, the effective (inherited and clipped) one first. */
function fileNames(mount, what) {
    return mount.version === 2
        ? [`cpuset.${what}.effective`]
        : [`${mount.prefix}effective_${what}`, `${mount.prefix}${what}`];
}
/**
 * The process's cgroup path inside the mount, from proc/<pid>/cgroup (or proc/<pid>/cpuset for the legacy mount):
 * null when the process is in no cgroup of it, undefined when the tree has no such file.
 */
function cgroupMembership(tree, mount, pid) {
    if (mount.legacy)
        return tree.text(`proc/${pid}/cpuset`) ?? undefined;
    const text = tree.text(`proc/${pid}/cgroup`);
    if (text === null)
        return undefined;
    const v1 = new RegExp(`^\\d+:([^:]*,)?${mount.controller}(,[^:]*)?:`);
    const line = text.split('\n').find((entry) => (mount.version === 2 ? entry.startsWith('0::') : v1.test(entry)));
    return line === undefined ? null : line.slice(line.lastIndexOf(':') + 1);
}
function directoriesWith(directory, names) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(directory, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const here = entries.some((entry) => entry.isFile() && names.includes(entry.name)) ? [directory] : [];
    return [
        ...here,
        ...entries
            .filter((entry) => entry.isDirectory())
            .flatMap((entry) => directoriesWith((0,external_node_path_.join)(directory, entry.name), names))
    ];
}
/**
 * The cgroup folder whose cpuset applies. A captured tree may lack proc/<pid>/cgroup: then a single chain of cgroups
 * tells (its deepest folder), while sibling cgroups leave it unknowable, so no restriction is applied.
 */
function cgroupFolder(tree, mount, pid, warnings) {
    const path = cgroupMembership(tree, mount, pid);
    if (path === null)
        return null;
    if (path !== undefined)
        return (0,external_node_path_.join)(mount.mountPoint, path).replace(/\/+$/, '');
    const found = directoriesWith(tree.path(mount.mountPoint), fileNames(mount, 'cpus'));
    if (found.length === 0)
        return null;
    const deepest = found.reduce((best, next) => (next.split('/').length > best.split('/').length ? next : best));
    const onOneChain = found.every((folder) => deepest === folder || deepest.startsWith(`${folder}/`));
    const shown = (0,external_node_path_.relative)(tree.root, deepest) || '.';
    if (!onOneChain) {
        warnings.push(`no proc/${pid}/cgroup and several cgroups under ${mount.mountPoint}: the cgroup cpuset is not applied`);
        return null;
    }
    warnings.push(`no proc/${pid}/cgroup in the tree: using the deepest cpuset, ${shown}`);
    return (0,external_node_path_.relative)(tree.root, deepest);
}
/** Reads the nearest cpuset file at or above the cgroup (cgroup2 omits it where the controller is not enabled). */
function cpusetSet(tree, mount, folder, what) {
    for (let at = folder;; at = (0,external_node_path_.dirname)(at)) {
        for (const name of fileNames(mount, what)) {
            const set = tree.cpuList((0,external_node_path_.join)(at, name));
            // An empty effective set means "inherit" in some v1 set-ups; the parent's then applies.
            if (set !== null && set.length > 0)
                return set;
        }
        if (at === mount.mountPoint || at === '.' || at === '/' || !at.startsWith(mount.mountPoint))
            return null;
    }
}
function intersect(current, limit) {
    if (limit === null)
        return current;
    const allowed = new Set(limit);
    return current.filter((id) => allowed.has(id));
}
/** Online CPUs and nodes the process may use: its affinity (proc/<pid>/status) and every cpuset it is in. */
function readAllowed(tree, online, nodes, pid, warnings) {
    const statusFile = `proc/${pid}/status`;
    const status = tree.text(statusFile);
    const field = (name) => {
        const value = status === null ? undefined : new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(status)?.[1];
        return value === undefined ? null : tree.cpuListIn(value, `${tree.path(statusFile)} ${name}`);
    };
    let cpus = intersect(online, field('Cpus_allowed_list'));
    let memoryNodes = intersect(nodes, field('Mems_allowed_list'));
    for (const mount of cgroupMounts(tree, 'cpuset')) {
        const folder = cgroupFolder(tree, mount, pid, warnings);
        if (folder === null)
            continue;
        const restricted = intersect(cpus, cpusetSet(tree, mount, folder, 'cpus'));
        if (restricted.length === 0) {
            warnings.push(`the cpuset of ${folder} shares no CPU with the online CPUs: ignored`);
        }
        else {
            cpus = restricted;
            memoryNodes = intersect(memoryNodes, cpusetSet(tree, mount, folder, 'mems'));
        }
    }
    return { cpus, memoryNodes };
}

;// CONCATENATED MODULE: ./src/topology/system.ts
function readCpuInfo(tree) {
    const text = tree.text('proc/cpuinfo') ?? '';
    const field = (name) => new RegExp(`^${name}\\s*:\\s*(.+)$`, 'mi').exec(text)?.[1]?.trim();
    const model = field('model name') ?? field('cpu model') ?? field('family') ?? field('CPU part') ?? null;
    const flags = field('flags') ?? field('Features') ?? '';
    return { model, virtualized: flags.split(/\s+/).includes('hypervisor') };
}
/** "always [madvise] never" → "madvise". */
function selected(text) {
    if (text === null)
        return null;
    return /\[([^\]]+)\]/.exec(text)?.[1] ?? text;
}
function readKernelSettings(tree) {
    return {
        numaBalancing: tree.text('proc/sys/kernel/numa_balancing'),
        transparentHugepages: selected(tree.text('sys/kernel/mm/transparent_hugepage/enabled')),
        transparentHugepagesDefrag: selected(tree.text('sys/kernel/mm/transparent_hugepage/defrag'))
    };
}

;// CONCATENATED MODULE: ./src/topology/read.ts
/** readTopology: a Topology from a Linux root ("/" or a captured tree), each quirk handled where it is read. */






/** L3 domains from the caches; where a CPU has none, its node within its package stands in (with a warning). */
function l3Domains(cpus, nodeOf, warnings) {
    const fallback = new Map();
    for (const cpu of cpus) {
        const key = `${cpu.package}/${nodeOf.get(cpu.id)}`;
        fallback.set(key, [...(fallback.get(key) ?? []), cpu.id]);
    }
    const domains = new Map();
    let fellBack = false;
    for (const cpu of cpus) {
        const shared = cpu.l3Cpus !== null && cpu.l3Cpus.length > 0 ? cpu.l3Cpus : null;
        if (shared === null)
            fellBack = true;
        const members = shared ?? fallback.get(`${cpu.package}/${nodeOf.get(cpu.id)}`) ?? [cpu.id];
        domains.set(members.join(','), members);
    }
    if (fellBack)
        warnings.push('no L3 cache information for some CPUs: their package and node stand in as the L3 domain');
    return [...domains.values()].sort((a, b) => a[0] - b[0]);
}
function readTopology(root = '/', options = {}) {
    const tree = new SysfsTree(root);
    const warnings = [];
    const online = onlineCpus(tree, warnings);
    const rawCpus = readCpus(tree, online, warnings);
    const numa = readNodes(tree, online, warnings);
    const { nodes } = numa;
    const distances = readDistances(tree, numa, warnings);
    const nodeOf = new Map(online.map((cpu) => [cpu, null]));
    for (const node of nodes)
        for (const cpu of node.cpus)
            nodeOf.set(cpu, node.id);
    const domains = l3Domains(rawCpus, nodeOf, warnings);
    const domainOf = new Map(domains.flatMap((domain, index) => domain.map((cpu) => [cpu, index])));
    const cpus = rawCpus.map((cpu) => ({
        id: cpu.id,
        node: nodeOf.get(cpu.id) ?? null,
        package: cpu.package,
        die: cpu.die,
        core: cpu.core,
        l3: domainOf.get(cpu.id) ?? null,
        siblings: cpu.siblings
    }));
    const allowed = readAllowed(tree, online, nodes.map((node) => node.id), options.pid ?? 'self', warnings);
    const info = readCpuInfo(tree);
    const allowedSet = new Set(allowed.cpus);
    const usableNodes = nodes.filter((node) => node.cpus.some((cpu) => allowedSet.has(cpu))).length;
    const shape = {
        cpuModel: info.model,
        packages: cpus.some((cpu) => cpu.package === null) ? null : new Set(cpus.map((cpu) => cpu.package)).size,
        dies: new Set(cpus.map((cpu) => `${cpu.package}/${cpu.die}`)).size,
        cores: cpus.some((cpu) => cpu.core === null) ? null : new Set(cpus.map((cpu) => cpu.core)).size,
        pus: cpus.length,
        smt: cpus.some((cpu) => cpu.siblings.length > 1),
        nodes,
        distances,
        cpus,
        l3Domains: domains
    };
    return {
        root,
        numaCapable: usableNodes >= 2,
        ...shape,
        allowedCpus: allowed.cpus,
        allowedMemoryNodes: allowed.memoryNodes,
        virtualized: info.virtualized,
        kernel: readKernelSettings(tree),
        fingerprint: fingerprintOf(shape),
        warnings
    };
}

;// CONCATENATED MODULE: ./src/topology/classes.ts
/**
 * Placement classes: how far apart a producer and a consumer CPU are, from sharing a core to sitting on different
 * packages. Measuring every pair of a 2 × 64-core machine is infeasible, so each class keeps a few representatives.
 */

/** Unordered pairs kept per class before adding the reverse direction of each. */
const REPRESENTATIVES_PER_CLASS = 4;
/** The class of a pair, or null when the pair is one CPU or the tree cannot tell (cores or packages unknown). */
function classify(a, b) {
    if (a.id === b.id)
        return null;
    if (a.core === null || b.core === null)
        return null;
    if (a.siblings.includes(b.id))
        return 'smt-sibling';
    if (a.package === null || b.package === null)
        return a.node === b.node ? withinNode(a, b) : null;
    if (a.package !== b.package)
        return 'cross-package';
    if (a.node !== b.node)
        return 'same-package';
    return withinNode(a, b);
}
function withinNode(a, b) {
    return a.l3 !== b.l3 ? 'same-node' : 'same-l3';
}
function nodeDistance(topology, from, to) {
    if (topology.distances === null || from === null || to === null)
        return null;
    const row = topology.nodes.findIndex((node) => node.id === from);
    const column = topology.nodes.findIndex((node) => node.id === to);
    return row < 0 || column < 0 ? null : topology.distances[row][column];
}
/**
 * Nearest and farthest by SLIT distance, then the first pair of the first and of the last site, so that classes inside
 * a package are sampled on more than one package. CPU 0 (housekeeping, interrupts) only when nothing else exists.
 */
function representatives(candidates) {
    const withoutCpu0 = candidates.filter(({ pair }) => !pair.includes(0));
    const pool = withoutCpu0.length > 0 ? withoutCpu0 : candidates;
    const nearest = pool.reduce((best, next) => (next.distance < best.distance ? next : best));
    const farthest = pool.reduce((best, next) => (next.distance > best.distance ? next : best));
    const sites = [...new Set(pool.map((candidate) => candidate.site))];
    const firstOfSite = (site) => pool.find((candidate) => candidate.site === site);
    const chosen = [nearest, farthest, firstOfSite(sites[0]), firstOfSite(sites[sites.length - 1])];
    const unique = [...new Map(chosen.map((candidate) => [candidate.pair.join('>'), candidate.pair])).values()];
    return unique.slice(0, REPRESENTATIVES_PER_CLASS).flatMap(([a, b]) => [
        [a, b],
        [b, a]
    ]);
}
/** Why the tree cannot tell a class's pairs apart, or null when it can. */
function unknownReason(topology, name) {
    if (topology.cores === null)
        return 'unknown on this machine: sysfs gives no core_id or thread sibling lists';
    if (topology.packages === null && (name === 'same-package' || name === 'cross-package')) {
        return 'unknown on this machine: sysfs gives no physical_package_id or package sibling lists';
    }
    return null;
}
function unavailableReason(topology, name) {
    const unknown = unknownReason(topology, name);
    if (unknown !== null)
        return unknown;
    const nodesWithCpus = topology.nodes.filter((node) => node.cpus.length > 0).length;
    switch (name) {
        case 'smt-sibling':
            return topology.smt ? 'no usable pair of SMT siblings' : 'no SMT: one hardware thread per core';
        case 'same-l3':
            return 'no L3 domain holds two usable cores';
        case 'same-node':
            return 'no NUMA node holds two L3 domains with usable CPUs';
        case 'same-package':
            return nodesWithCpus < 2 ? 'one NUMA node' : 'no package spans two NUMA nodes with usable CPUs';
        case 'cross-package':
            return (topology.packages ?? 0) < 2 ? 'one package (socket)' : 'the usable CPUs are all on one package';
    }
}
function placementClasses(topology) {
    const allowed = new Set(topology.allowedCpus);
    const usable = topology.cpus.filter((cpu) => allowed.has(cpu.id));
    const byClass = new Map(PLACEMENT_CLASSES.map((name) => [name, []]));
    for (const [index, a] of usable.entries()) {
        for (const b of usable.slice(index + 1)) {
            const name = classify(a, b);
            if (name === null)
                continue;
            const site = name === 'cross-package' ? `${a.package}-${b.package}` : `${a.package}`;
            const distance = nodeDistance(topology, a.node, b.node) ?? 0;
            byClass.get(name)?.push({ pair: [a.id, b.id], distance, site });
        }
    }
    return PLACEMENT_CLASSES.map((name) => {
        const candidates = byClass.get(name) ?? [];
        if (candidates.length === 0) {
            return { name, distance: null, pairs: [], unavailableReason: unavailableReason(topology, name) };
        }
        const pairs = representatives(candidates);
        const distances = pairs.map(([a, b]) => nodeDistance(topology, cpuById(topology, a).node, cpuById(topology, b).node));
        const known = distances.filter((distance) => distance !== null);
        return { name, distance: known.length > 0 ? Math.min(...known) : null, pairs };
    });
}
function cpuById(topology, id) {
    return topology.cpus.find((cpu) => cpu.id === id);
}

;// CONCATENATED MODULE: ./src/topology/render.ts
/** The topology as the CLI contract's JSON object, and as a summary a person reads at a glance. */

function topologyToJson(topology, classes) {
    return {
        numaCapable: topology.numaCapable,
        nodes: topology.nodes.map(({ id, cpus, memoryMiB }) => ({ id, cpus, memoryMiB })),
        distances: topology.distances,
        packages: topology.packages,
        dies: topology.dies,
        cores: topology.cores,
        pus: topology.pus,
        smt: topology.smt,
        l3Domains: topology.l3Domains,
        allowedCpus: topology.allowedCpus,
        allowedMemoryNodes: topology.allowedMemoryNodes ?? topology.nodes.map((node) => node.id),
        cpuModel: topology.cpuModel,
        virtualized: topology.virtualized,
        kernel: topology.kernel,
        fingerprint: topology.fingerprint,
        classes: classes.map(({ name, distance, pairs, unavailableReason }) => unavailableReason === undefined ? { name, distance, pairs } : { name, distance, pairs, unavailableReason }),
        warnings: topology.warnings
    };
}
function table(rows) {
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    return rows.map((row) => row.map((cell, column) => cell.padStart(widths[column])).join('  '));
}
function renderTopologyText(topology, classes) {
    const lines = [];
    const nodesWithCpus = topology.nodes.filter((node) => node.cpus.length > 0).length;
    lines.push(`${topology.cpuModel ?? 'unknown CPU'}${topology.virtualized ? ' (virtual machine)' : ''}`, `${topology.packages ?? 'unknown'} package(s), ${topology.dies} die(s), ${topology.cores ?? 'unknown'} cores, ${topology.pus} online CPUs, ` +
        `SMT ${topology.smt ? 'on' : 'off'}, ${topology.l3Domains.length} L3 domain(s); fingerprint ${topology.fingerprint}`, `usable by this process: CPUs ${formatCpuList(topology.allowedCpus)}` +
        (topology.allowedMemoryNodes === undefined
            ? ''
            : `, memory on nodes ${formatCpuList(topology.allowedMemoryNodes)}`), `kernel: numa_balancing ${topology.kernel.numaBalancing ?? 'unknown'}, transparent hugepages ` +
        `${topology.kernel.transparentHugepages ?? 'unknown'} (defrag ${topology.kernel.transparentHugepagesDefrag ?? 'unknown'})`, '');
    if (!topology.numaCapable) {
        lines.push(nodesWithCpus < 2
            ? 'This runner has one NUMA node: cross-node classes are not available.'
            : 'This process may use CPUs of only one NUMA node: cross-node classes are not available.', '');
    }
    lines.push('NUMA nodes:');
    for (const node of topology.nodes) {
        const memory = node.memoryMiB === null ? 'memory unknown' : `${node.memoryMiB} MiB`;
        lines.push(`  node ${node.id}: CPUs ${node.cpus.length > 0 ? formatCpuList(node.cpus) : '(none: memory only)'}, ${memory}`);
    }
    if (topology.distances !== null) {
        lines.push('', 'Distances (SLIT):');
        const header = ['node', ...topology.nodes.map((node) => String(node.id))];
        const rows = topology.distances.map((row, index) => [String(topology.nodes[index].id), ...row.map(String)]);
        lines.push(...table([header, ...rows]).map((line) => `  ${line}`));
    }
    else {
        lines.push('', 'Distances: unknown');
    }
    lines.push('', 'Placement classes (producer>consumer):');
    for (const placement of classes) {
        const detail = placement.pairs.length > 0
            ? `${placement.pairs.map(([a, b]) => `${a}>${b}`).join(' ')}${placement.distance === null ? '' : ` (distance ${placement.distance})`}`
            : `not available: ${placement.unavailableReason}`;
        lines.push(`  ${placement.name.padEnd(14)} ${detail}`);
    }
    if (topology.warnings.length > 0) {
        lines.push('', 'Warnings:', ...topology.warnings.map((warning) => `  - ${warning}`));
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/topology/index.ts








;// CONCATENATED MODULE: ./src/pipeline.ts
/**
 * The pipeline both shells run: topology → plan → native run → stats → baseline → report. main.ts (the action) and
 * cli.ts only turn their inputs into a Config and an event, and their outputs into logs, files and exit codes.
 */












/** At most this share of the budget goes to the pilot; on a machine so slow that it needs more, kinds keep the model. */
const PILOT_BUDGET_SHARE = 0.25;
class NotNumaCapableError extends Error {
    name = 'NotNumaCapableError';
}
/** Reads the machine and derives its placement classes. */
function detect(config) {
    const topology = readTopology(config.sysfsRoot);
    return { topology, classes: placementClasses(topology) };
}
/** With require-numa, a runner without two usable nodes is an error that says why. */
function requireNumaCapable(config, detected) {
    const { topology } = detected;
    if (!config.requireNuma || topology.numaCapable)
        return;
    const usable = topology.nodes.filter((node) => node.cpus.some((cpu) => topology.allowedCpus.includes(cpu)));
    throw new NotNumaCapableError(`require-numa: this runner is not NUMA-capable: ${topology.nodes.length} NUMA node(s), ` +
        `${usable.length} with CPUs this job may use; at least two are needed to measure cross-node placement`);
}
/** The seed of the interleaved order when none is given: the CI run id where there is one, else the clock. */
function defaultSeed(runId) {
    const id = Number(runId);
    return Number.isSafeInteger(id) && id > 0 ? id % 1_000_000_007 : Date.now() % 1_000_000_007;
}
/** The plan from the fixed cost model (`plan`), or from a pilot's measured one and the seconds it took (`run`). */
function planFor(config, detected, seed, cost) {
    return makePlan(detected.topology, detected.classes, {
        budgetSeconds: config.budgetSeconds,
        costModel: cost?.model,
        pilotSeconds: cost?.pilotSeconds,
        classes: config.classes.length > 0 ? config.classes : undefined,
        paddings: config.paddings,
        modes: config.modes,
        seed,
        subject: { enabled: config.subject.kind === 'command' },
        // The batched ring runs beside the reference wherever throughput is measured, so the report states its gain per class.
        batched: config.modes.includes('throughput'),
        messages: config.messages === null ? undefined : Object.fromEntries(MODES.map((mode) => [mode, config.messages]))
    });
}
async function pipeline_measure(config, detected, plan, context) {
    // Outputs first: an unusable out-dir is found before minutes of building and measuring, not after.
    const output = prepareOutputDirectory(config.outDir);
    if (output.movedAside !== null)
        context.log(`out-dir: an earlier run's results.json was moved to ${output.movedAside}`);
    const runner = context.runner ?? processRunner;
    const buildStarted = Date.now();
    const native = await buildNative({
        sourceDir: findNativeSourceDir(import.meta.url),
        buildDir: context.buildDir ?? defaultBuildDir(),
        runner,
        timeoutMs: config.buildTimeoutSeconds * 1000,
        signal: context.signal
    });
    context.log(`native driver: ${native.binary} (${native.rebuilt ? 'built' : 'up to date'}, ${native.compiler})`);
    if (config.subject.kind === 'command' && config.subject.build !== null) {
        await runSubjectBuild(config.subject.build, context.workspace, config.buildTimeoutSeconds * 1000, runner, context);
    }
    const buildSeconds = (Date.now() - buildStarted) / 1000;
    if (context.signal?.aborted)
        throw new Error('stopped by a signal during the build: nothing was measured');
    const measuringStarted = Date.now();
    const runOptions = {
        binary: native.binary,
        subjectCommand: config.subject.command ?? undefined,
        topology: detected.topology,
        seed: plan.seed,
        signal: context.signal,
        onProgress: context.onProgress,
        environment: { compiler: native.compiler, compilerFlags: native.flags }
    };
    const pilot = await runPilot(plan.cells, { ...runOptions, maxSeconds: PILOT_BUDGET_SHARE * plan.budgetSeconds });
    context.log(describePilot(pilot));
    for (const failure of pilot.failures)
        context.log(`pilot: ${failure}; that kind keeps the fixed cost model`);
    const measuredPlan = planFor(config, detected, plan.seed, { model: pilot.model, pilotSeconds: pilot.seconds });
    context.onPlan?.(measuredPlan);
    const results = await runPlan(measuredPlan, {
        ...runOptions,
        deadline: measuringStarted + measuredPlan.budgetSeconds * 1000
    });
    results.timing = {
        budgetSeconds: measuredPlan.budgetSeconds,
        estimatedSeconds: measuredPlan.estimatedSeconds,
        actualSeconds: (Date.now() - measuringStarted) / 1000,
        buildSeconds
    };
    const resultsPath = results_writeResultsFile(output.directory, results);
    return { plan: measuredPlan, results, resultsPath };
}
async function runSubjectBuild(argv, cwd, timeoutMs, runner, context) {
    const [command, ...args] = argv;
    context.log(`subject-build: ${argv.join(' ')}`);
    const outcome = await runner.run(command, args, {
        cwd,
        env: childEnvironment(),
        timeoutMs,
        signal: context.signal,
        label: 'subject-build'
    });
    if (outcome.exitCode !== 0)
        throw new Error(`subject-build: ${describeFailure(argv, outcome, timeoutMs)}`);
}
function invalidCellCount(results) {
    return results.cells.filter((cell) => cell.samples.some((sample) => !sample.valid)).length;
}
/**
 * The baseline step both shells run after measuring: look up this hardware's baseline (merge-base record for a pull
 * request, else the newest on the branch; a local run takes the newest saved), compare, then save this run when the
 * event is trusted (shouldSaveBaseline). Up to SPREAD_HISTORY_RUNS (5) recent records of the same hardware (from the
 * branch the baseline is looked up on, and always including the baseline itself) give the run-to-run spread, so a
 * shift of a size whole runs of unchanged code have shown is not called a change. Loading happens before saving, so a
 * run is never compared with itself (nor counted in its own spread).
 * A baseline file that cannot be read (corrupt, foreign, newer) throws an error naming it; a failed save does not.
 */
async function compareAndSaveBaseline(config, results, context) {
    const figures = figures_numaFigures(results);
    const comparisonOptions = { alpha: config.alpha, threshold: config.threshold };
    const fingerprint = results.topology.fingerprint;
    if (config.baselineStore === 'none' && context.store === undefined) {
        return {
            comparison: noBaselineComparison(comparisonOptions, 'baseline-store is none: nothing is compared or saved'),
            figures,
            saved: null,
            saveDecision: { save: false, why: 'not saved: baseline-store is none' },
            saveError: null
        };
    }
    const store = context.store ??
        openBaselineStore(config.baselineStore === 'branch' ? 'branch' : 'directory', {
            directory: config.baselineDirectory,
            branch: config.baselineBranch,
            repoDir: context.repoDir,
            onRetry: (attempt, delayMs) => context.log(`baseline: push lost a race (attempt ${attempt}), retrying in ${delayMs} ms`)
        });
    const pullRequest = isPullRequestEvent(context.eventName);
    const branch = pullRequest ? context.baseBranch : context.eventName === LOCAL_EVENT ? null : branchOf(context.ref);
    const loaded = await store.load(fingerprint, {
        mergeBaseSha: pullRequest ? context.mergeBaseSha : null,
        branch
    });
    let comparison;
    if (loaded === null) {
        comparison = noBaselineComparison(comparisonOptions, `no baseline for this hardware yet (fingerprint ${fingerprint} in ${store.describe()}${branch ? ` on ${branch}` : ''})`);
        context.log(`baseline: ${comparison.reason}`);
    }
    else {
        context.log(`baseline: ${loaded.source}, from ${loaded.location}`);
        const runs = await spreadHistory(store, fingerprint, branch, loaded);
        const spreads = runToRunSpread(runs.map((entry) => entry.record.results));
        context.log(runs.length >= MIN_SPREAD_RUNS
            ? `baseline: run-to-run spread from ${runs.length} baseline runs`
            : `baseline: run-to-run spread unknown: ${runs.length} of ${MIN_SPREAD_RUNS} runs stored (a change between ` +
                `two runs is reported inconclusive until then)`);
        comparison = compareResults(loaded.record.results, results, {
            ...comparisonOptions,
            baselineSource: loaded.source,
            runToRunSpread: spreads,
            baselineRuns: runs.length
        });
    }
    const saveDecision = decideSave(config, results, context, loaded === null);
    context.log(`baseline: ${saveDecision.why}`);
    let saved = null;
    let saveError = null;
    if (saveDecision.save) {
        try {
            saved = await store.save({
                results,
                commitSha: context.commitSha?.toLowerCase() ?? null,
                ref: context.ref,
                runId: context.runId,
                savedAt: new Date().toISOString()
            });
            context.log(`baseline: saved to ${saved}`);
        }
        catch (error) {
            saveError = `could not save the baseline to ${store.describe()}: ${error.message}`;
            context.log(`baseline: ${saveError}`);
        }
    }
    return { comparison, figures, saved, saveDecision, saveError };
}
function branchOf(ref) {
    return ref !== null && ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
}
function decideSave(config, results, context, storeIsEmpty) {
    const decision = shouldSaveBaseline(config.saveBaseline, context.eventName, {
        ref: context.ref,
        defaultBranch: context.defaultBranch
    });
    if (decision.save && results.interrupted)
        return { save: false, why: 'not saved: the run was interrupted before every sample was taken' };
    if (decision.save || !context.saveFirstBaseline || !storeIsEmpty)
        return decision;
    if (isPullRequestEvent(context.eventName) || config.saveBaseline === 'false' || results.interrupted)
        return decision;
    return { save: true, why: 'saved: the first baseline for this hardware' };
}

;// CONCATENATED MODULE: ./src/action/process.ts
/**
 * The action's ProcessRunner: each external program (make, cc, subject-build) in a collapsible log group with its
 * output streamed live. It runs through run/process.ts rather than @actions/exec, which cannot start a program in a
 * process group of its own, give its pid, or time it out: a cancelled job or a hung build must take the whole group.
 */


const actionProcessRunner = {
    run: (command, args, options) => core/* group */.Os(options.label ?? command, () => runInGroup(command, args, { ...options, onOutput: (chunk) => process.stdout.write(chunk) }))
};

;// CONCATENATED MODULE: ./src/ab/types.ts
/** The build of one variant failed: names the variant and keeps the end of what the build wrote. */
class VariantBuildError extends Error {
    variant;
    name = 'VariantBuildError';
    constructor(variant, message) {
        super(message);
        this.variant = variant;
    }
}

;// CONCATENATED MODULE: ./src/ab/index.ts
/**
 * The same-run A/B: plan every subject cell as base and head, build both trees, measure them interleaved in blocks
 * until the budget is spent, and judge head against base pair by pair (comparePaired). Whatever moves the machine
 * during the run moves both sides of a pair, so a verdict here does not depend on how the machine felt on another day.
 */













const ab_COMPARISON_FILE_NAME = 'comparison.json';
const ab_REPORT_FILE_NAME = 'report.md';
/** Spare blocks above the least that can reach alpha, so an invalid sample or two do not make that impossible. */
const SPARE_BLOCKS = 2;
/**
 * The fewest pairs with which the signed-rank test can reach alpha after Holm over `tests` cell metrics: the smallest
 * exact two-sided p-value of n pairs is 2 / 2^n, so n must exceed 1 + log2(tests / alpha).
 */
function minimumBlocks(tests, alpha) {
    return Math.floor(1 + Math.log2(Math.max(1, tests) / alpha)) + 1 + SPARE_BLOCKS;
}
/**
 * Subject cells as base and head, reference cells only with withReference. The plan asks for the blocks the test
 * needs; the run then takes further blocks while the budget lasts.
 */
function ab_planAb(topology, classes, options) {
    const planOptions = {
        budgetSeconds: options.budgetSeconds,
        classes: options.classes.length > 0 ? options.classes : undefined,
        paddings: options.paddings,
        modes: options.modes,
        seed: options.seed,
        abVariants: { withReference: options.withReference },
        messages: options.messages === null
            ? undefined
            : Object.fromEntries(options.modes.map((mode) => [mode, options.messages]))
    };
    const outline = makePlan(topology, classes, { ...planOptions, minRepetitions: 1, maxRepetitions: 1 });
    const tests = outline.cells
        .filter((cell) => cell.variant === 'head')
        .reduce((sum, cell) => sum + COMPARED_METRICS[cell.mode].length, 0);
    const blocks = minimumBlocks(tests, options.alpha);
    return makePlan(topology, classes, { ...planOptions, minRepetitions: blocks, maxRepetitions: blocks });
}
/** Runs each variant's build in its tree; the first failure stops everything and names its variant. */
async function ab_buildVariants(options, context) {
    const runner = context.runner ?? processRunner;
    for (const variant of ['base', 'head']) {
        const spec = options[variant];
        if (spec.build === null)
            continue;
        const [command, ...args] = spec.build;
        context.log(`${variant} build: ${spec.build.join(' ')} (in ${spec.cwd})`);
        const timeoutMs = context.timeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS;
        const outcome = await runner.run(command, args, {
            cwd: spec.cwd,
            env: childEnvironment(),
            timeoutMs,
            signal: context.signal,
            label: `${variant} build`
        });
        if (outcome.exitCode !== 0 || outcome.signal !== null || outcome.spawnError !== null) {
            throw new VariantBuildError(variant, `the ${variant} build in ${spec.cwd}: ${describeFailure(spec.build, outcome, timeoutMs)}`);
        }
    }
}
/** Builds both variants (and the native driver when reference cells are planned), measures, and judges. */
async function ab_measureAb(plan, options, context) {
    await ab_buildVariants(options, context);
    let binary = '';
    let environment;
    if (context.binary !== undefined) {
        binary = context.binary;
    }
    else if (plan.cells.some((cell) => cell.subject === 'reference')) {
        const native = await buildNative({
            sourceDir: findNativeSourceDir(import.meta.url),
            buildDir: context.buildDir ?? defaultBuildDir(),
            runner: context.runner,
            signal: context.signal
        });
        binary = native.binary;
        environment = { compiler: native.compiler, compilerFlags: native.flags };
    }
    const command = (spec) => ({ argv: spec.command, cwd: spec.cwd });
    const results = await runPlan(plan, {
        binary,
        variantCommands: { base: command(options.base), head: command(options.head) },
        topology: context.topology,
        seed: plan.seed,
        signal: context.signal,
        onProgress: context.onProgress,
        environment,
        fillBudget: context.fillBudget ?? true
    });
    return { results, comparison: judgeAb(results, options) };
}
/** The paired verdict of an A/B run's results (also of a results.json written earlier). */
function judgeAb(results, options) {
    return comparePaired(results, { alpha: options.alpha, threshold: options.threshold });
}
function abJson(comparison) {
    return {
        verdict: comparison.verdict,
        reason: comparison.reason ?? null,
        alpha: comparison.alpha,
        threshold: comparison.threshold,
        blocks: comparison.blocks ?? 0,
        cells: comparison.cells.map((cell) => ({
            key: cell.cellKey,
            metric: cell.metric,
            direction: cell.direction,
            baseMedian: cell.baseline?.median ?? null,
            headMedian: cell.current?.median ?? null,
            ratio: cell.ratio,
            ratioCi: cell.ratioCi,
            pValue: cell.pValue,
            adjustedP: cell.adjustedP,
            verdict: cell.verdict,
            reason: cell.reason ?? null
        }))
    };
}
/** DIR/results.json, DIR/comparison.json and DIR/report.md (citing the runner's calibration if given); their paths. */
function writeAbOutputs(directory, outcome, calibration) {
    const results = writeResultsFile(resolve(directory), outcome.results);
    const comparison = join(resolve(directory), ab_COMPARISON_FILE_NAME);
    writeFileSync(comparison, `${JSON.stringify(outcome.comparison, null, 2)}\n`);
    const report = join(resolve(directory), ab_REPORT_FILE_NAME);
    const rendered = renderReport([
        {
            label: outcome.results.environment.hostname,
            results: outcome.results,
            comparison: outcome.comparison,
            figures: numaFigures(outcome.results),
            calibration
        }
    ]);
    writeFileSync(report, rendered.markdown);
    return { results, comparison, report };
}

;// CONCATENATED MODULE: ./src/ab/calibrate.ts
/**
 * What the A/B gate can and cannot see on this runner: A/A rounds (the same command as base and head) give its
 * false-alarm rate and how wide its intervals are; rounds whose head does known extra work in the measured path (the
 * driver's `--extra-work N`: N iterations of arithmetic per message in the producer) give its detection rate. The
 * injected change is reported as measured, never as nominal: what N iterations cost depends on the machine.
 */



/** The head of an injected round: the base command with --extra-work N before the protocol's options. */
function injectedCommand(command, extraWork) {
    return [...command, '--extra-work', String(extraWork)];
}
/** Base and head specs of a round. */
function roundOptions(options, kind, extraWork, seed) {
    const head = kind === 'aa' ? options.base : { ...options.base, command: injectedCommand(options.base.command, extraWork) };
    return { ...options, head: { ...head, build: null }, base: { ...options.base, build: null }, seed };
}
function calibrate_median(values) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function calibrate_metricName(mode, metric) {
    return `${mode} ${metric}`;
}
function summarizeCalibration(rounds, settings) {
    const aa = rounds.filter((round) => round.kind === 'aa');
    const injected = rounds.filter((round) => round.kind === 'injected');
    const rowsOf = (round, name) => round.comparison.cells.filter((cell) => calibrate_metricName(cell.cell.mode, cell.metric) === name);
    const names = [
        ...new Set(rounds.flatMap((round) => round.comparison.cells.map((cell) => calibrate_metricName(cell.cell.mode, cell.metric))))
    ];
    const share = (list, name, hit) => list.length === 0
        ? 0
        : list.filter((round) => rowsOf(round, name).some((cell) => hit(cell.verdict))).length / list.length;
    const metrics = names.map((name) => {
        const halfWidths = aa
            .flatMap((round) => rowsOf(round, name))
            .flatMap((cell) => (cell.ratioCi === null ? [] : [Math.log(cell.ratioCi[1] / cell.ratioCi[0]) / 2]));
        const halfWidth = calibrate_median(halfWidths);
        const change = calibrate_median(injected.flatMap((round) => rowsOf(round, name)).flatMap((cell) => (cell.ratio === null ? [] : [cell.ratio - 1])));
        return {
            metric: name,
            falseAlarmRate: share(aa, name, (verdict) => verdict === 'regression' || verdict === 'improvement'),
            injectedChange: change,
            detectionRate: share(injected, name, (verdict) => verdict === 'regression'),
            minimumDetectableChange: halfWidth === null ? null : (1 + settings.threshold) * Math.exp(halfWidth) - 1
        };
    });
    const aaChanges = aa.flatMap((round) => round.comparison.cells.flatMap((cell) => (cell.ratio === null ? [] : [Math.abs(cell.ratio - 1)])));
    const allChanges = injected.flatMap((round) => round.comparison.cells.flatMap((cell) => (cell.ratio === null ? [] : [cell.ratio - 1])));
    return {
        rounds: { aa: aa.length, injected: injected.length },
        falseAlarmRounds: aa.filter((round) => ['regression', 'improvement'].includes(round.comparison.verdict)).length,
        detectedRounds: injected.filter((round) => round.comparison.verdict === 'regression').length,
        injectedChange: calibrate_median(allChanges),
        extraWork: settings.extraWork,
        threshold: settings.threshold,
        alpha: settings.alpha,
        metrics,
        recommendedThreshold: aaChanges.length === 0 ? null : wholePercentAbove(Math.max(...aaChanges))
    };
}
/** At least 1 %; 1.07 - 1 is 0.07000000000000006 in binary floating point, which is still 7 %. */
function wholePercentAbove(fraction) {
    return Math.max(1, Math.ceil(Number((100 * fraction).toFixed(6)))) / 100;
}
function calibrate_percent(value) {
    return value === null ? '-' : `${value >= 0 ? '+' : ''}${(100 * value).toFixed(1)} %`;
}
/** The table a maintainer reads in ten seconds. */
function renderCalibrationText(calibration) {
    const { aa, injected } = calibration.rounds;
    const rows = [['metric', 'false alarms (A/A)', 'injected change', 'detected', 'smallest detectable']];
    for (const metric of calibration.metrics) {
        rows.push([
            metric.metric,
            `${Math.round(metric.falseAlarmRate * aa)} of ${aa}`,
            calibrate_percent(metric.injectedChange),
            `${Math.round(metric.detectionRate * injected)} of ${injected}`,
            metric.minimumDetectableChange === null ? '-' : `±${(100 * metric.minimumDetectableChange).toFixed(1)} %`
        ]);
    }
    const table = alignColumns(rows);
    const recommended = calibration.recommendedThreshold === null
        ? 'recommended threshold: unknown (no A/A round gave an estimate)'
        : `recommended threshold: ${Math.round(calibration.recommendedThreshold * 100)} % (now ${Math.round(calibration.threshold * 100)} %): no A/A estimate was farther from 1`;
    return (`${table.join('\n')}\n\n` +
        `${aa} A/A rounds (same command as base and head), ${injected} rounds with head doing --extra-work ` +
        `${calibration.extraWork}; alpha ${calibration.alpha}\n${recommended}\n`);
}
/**
 * Runs the rounds through the same machinery as `ab` (planAb, measureAb, comparePaired), each with an equal share of
 * options.budgetSeconds. The base's build, if any, runs once before the first round.
 */
async function runCalibration(options, settings, context) {
    await buildVariants({ base: options.base, head: { ...options.base, build: null } }, context);
    const roundSeconds = options.budgetSeconds / (2 * settings.roundsEach);
    const rounds = [];
    for (let index = 0; index < 2 * settings.roundsEach && context.signal?.aborted !== true; index++) {
        const kind = index % 2 === 0 ? 'aa' : 'injected';
        const round = roundOptions({ ...options, budgetSeconds: roundSeconds }, kind, settings.extraWork, options.seed + index);
        const plan = planAb(context.topology, context.classes, round);
        const outcome = await measureAb(plan, round, context);
        if (outcome.results.interrupted)
            break;
        rounds.push({ kind, comparison: outcome.comparison });
        context.log(`calibrate: round ${index + 1} of ${2 * settings.roundsEach} (${kind === 'aa' ? 'A/A' : 'injected'}): ` +
            `${outcome.comparison.verdict}, ${outcome.comparison.blocks ?? 0} blocks`);
    }
    return summarizeCalibration(rounds, {
        extraWork: settings.extraWork,
        threshold: options.threshold,
        alpha: options.alpha
    });
}
/**
 * A calibration.json written by `calibrate --json` (e.g. the scheduled workflow's, kept with the baselines), read so
 * the pull request's comment can cite it. An error names the file and the field that is missing.
 */
function readCalibrationFile(path) {
    let value;
    try {
        value = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new Error(`calibration: ${path} cannot be read as JSON: ${error.message}`, { cause: error });
    }
    const file = value;
    const counts = [
        ['rounds.aa', file?.rounds?.aa],
        ['rounds.injected', file?.rounds?.injected],
        ['falseAlarmRounds', file?.falseAlarmRounds],
        ['detectedRounds', file?.detectedRounds]
    ];
    for (const [field, count] of counts) {
        if (!Number.isInteger(count) || count < 0) {
            throw new Error(`calibration: ${path} is not the output of calibrate --json: ${field} is not a whole number`);
        }
    }
    return value;
}
/** The report's one-line summary of a calibration: false alarms of the A/A rounds, detections of the injected ones. */
function calibrationForReport(calibration) {
    const measured = calibration.injectedChange;
    return {
        falseAlarms: calibration.falseAlarmRounds,
        rounds: calibration.rounds.aa,
        detected: calibration.detectedRounds,
        injectedRounds: measured === null ? 0 : calibration.rounds.injected,
        injectedChange: measured ?? 0
    };
}

;// CONCATENATED MODULE: ./src/action/merge-base.ts
/**
 * compare-to: merge-base: the pull request's merge-base checked out beside the workspace as a git worktree, so the
 * subject can be built and measured there and at the head in one run. git runs through the ProcessRunner like every
 * other program the action starts.
 */




const GIT_TIMEOUT_MS = 5 * 60 * 1000;
async function merge_base_git(runner, repoDir, args) {
    return runner.run('git', args, {
        cwd: repoDir,
        env: childEnvironment(),
        timeoutMs: GIT_TIMEOUT_MS,
        label: `git ${args[0]}`
    });
}
/**
 * Finds the merge-base of the pull request's base and head in `repoDir` and adds a detached worktree of it under
 * `parentDir` (the runner's temp directory). A checkout without that history (actions/checkout's default depth of
 * one commit) is an error that says how to fix it.
 */
async function addMergeBaseWorktree(options) {
    const { repoDir, runner } = options;
    const found = await merge_base_git(runner, repoDir, ['merge-base', options.baseSha, options.headSha]);
    const sha = found.stdout.trim();
    if (found.exitCode !== 0 || !/^[0-9a-f]{40,64}$/.test(sha)) {
        const shallow = await merge_base_git(runner, repoDir, ['rev-parse', '--is-shallow-repository']);
        throw new Error(`compare-to: merge-base: the merge-base of ${options.baseRef} (${options.baseSha.slice(0, 12)}) and the pull ` +
            `request head (${options.headSha.slice(0, 12)}) is not in this checkout` +
            `${shallow.stdout.trim() === 'true' ? ' (a shallow clone)' : ''}; check out with actions/checkout's ` +
            '"fetch-depth: 0", or set compare-to: baseline');
    }
    const path = (0,external_node_path_.join)(options.parentDir, `numa-spsc-bench-merge-base-${sha.slice(0, 12)}`);
    if ((0,external_node_fs_.existsSync)(path))
        await merge_base_git(runner, repoDir, ['worktree', 'remove', '--force', path]);
    const added = await merge_base_git(runner, repoDir, ['worktree', 'add', '--force', '--detach', path, sha]);
    if (added.exitCode !== 0) {
        throw new Error(`compare-to: merge-base: could not check out ${sha} at ${path}: ${describeFailure(['git', 'worktree', 'add', path, sha], added)}`);
    }
    return {
        sha,
        path,
        remove: async () => {
            await merge_base_git(runner, repoDir, ['worktree', 'remove', '--force', path]);
        }
    };
}

;// CONCATENATED MODULE: ./src/action/ab.ts
/**
 * The action's compare-to: merge-base path: the subject built and measured at the merge-base (a git worktree under
 * RUNNER_TEMP) and at the head in one run, judged pair by pair; the stored baseline is neither read nor written (it
 * serves the reference ring's health over time, not a pull request's verdict).
 */












/** merge-base when asked for, or by default for a subject command on a pull request. */
function comparesWithMergeBase(config, pullRequest) {
    if (config.compareTo === 'merge-base')
        return true;
    return config.compareTo === 'auto' && config.subject.kind === 'command' && pullRequest !== null;
}
async function measureAbAndReport(config, context, token, signal, detected, pullRequest) {
    if (pullRequest === null) {
        throw new Error(`compare-to: merge-base needs a pull request event; this is "${context.eventName}"`);
    }
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    // Read before anything is built or measured, so a wrong path fails at once.
    const calibration = config.calibration === null
        ? undefined
        : calibrationForReport(readCalibrationFile((0,external_node_path_.resolve)(workspace, config.calibration)));
    const worktree = await addMergeBaseWorktree({
        repoDir: workspace,
        baseSha: pullRequest.baseSha,
        headSha: pullRequest.headSha,
        baseRef: pullRequest.baseRef,
        parentDir: process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(),
        runner: actionProcessRunner
    });
    core/* info */.pq(`compare-to: merge-base ${worktree.sha} checked out at ${worktree.path}`);
    try {
        const command = config.subject.command ?? [];
        const options = {
            base: { command, build: config.subject.build, cwd: worktree.path },
            head: { command, build: config.subject.build, cwd: workspace },
            budgetSeconds: config.budgetSeconds,
            classes: config.classes,
            paddings: config.paddings,
            modes: config.modes,
            seed: config.seed ?? defaultSeed(context.runId ?? undefined),
            withReference: false,
            alpha: config.alpha,
            threshold: config.threshold,
            messages: config.messages
        };
        const plan = ab_planAb(detected.topology, detected.classes, options);
        core/* info */.pq(`A/B plan: ${plan.cells.length} cells (base and head) × at least ${plan.repetitions} blocks`);
        const progress = createProgressReporter({ isTTY: false, log: core/* info */.pq });
        const outcome = await ab_measureAb(plan, options, {
            topology: detected.topology,
            runner: actionProcessRunner,
            signal,
            onProgress: progress.update,
            log: core/* info */.pq
        }).finally(() => progress.stop());
        const outDir = (0,external_node_path_.resolve)(config.outDir);
        const resultsPath = results_writeResultsFile(outDir, outcome.results);
        core/* setOutput */.uH('results-path', resultsPath);
        core/* info */.pq(summarizeRun(outcome.results));
        writePullRequestFile(outDir, {
            number: pullRequest.number,
            headSha: pullRequest.headSha,
            baseRef: pullRequest.baseRef
        });
        writeComparisonFile(outDir, outcome.comparison);
        return await reportAndComment({
            config,
            context,
            token,
            machines: [
                {
                    label: outcome.results.environment.hostname,
                    results: outcome.results,
                    comparison: outcome.comparison,
                    figures: figures_numaFigures(outcome.results),
                    calibration
                }
            ],
            pullRequest: pullRequestToReport(context)
        });
    }
    finally {
        await worktree.remove();
    }
}

;// CONCATENATED MODULE: ./src/c2c/plan.ts
/**
 * Which CPU pairs the latency map measures within the budget: every unordered pair when they all fit, else a
 * stratified sample, the classes taking turns (smt-sibling first, cross-package last) so that each class gets pairs
 * before any class gets many; within a class the order is a seeded shuffle, so the same seed samples the same pairs.
 */



/** The CPUs a map covers: the ones asked for, each checked against what this process may use. */
function mapCpus(topology, requested) {
    if (requested === null)
        return [...topology.allowedCpus];
    const unique = [...new Set(requested)].sort((left, right) => left - right);
    for (const cpu of unique) {
        if (!topology.allowedCpus.includes(cpu)) {
            throw new Error(`cpus: CPU ${cpu} is not one this process may use; expected CPUs from ${topology.allowedCpus.join(',')}`);
        }
    }
    if (unique.length < 2)
        throw new Error(`cpus: a map needs at least two CPUs, got ${unique.join(',') || 'none'}`);
    return unique;
}
function planPairs(topology, cpus, maxPairs, seed) {
    const byId = new Map(topology.cpus.map((cpu) => [cpu.id, cpu]));
    const strata = new Map(PLACEMENT_CLASSES.map((name) => [name, []]));
    let total = 0;
    for (const [index, from] of cpus.entries()) {
        for (const to of cpus.slice(index + 1)) {
            const a = byId.get(from);
            const b = byId.get(to);
            const name = a !== undefined && b !== undefined ? classify(a, b) : null;
            if (name === null)
                continue;
            strata.get(name).push({ from, to, class: name });
            total++;
        }
    }
    if (total <= maxPairs)
        return { pairs: [...strata.values()].flat(), skipped: 0 };
    const random = seededRandom(seed);
    const queues = [...strata.values()].filter((pairs) => pairs.length > 0).map((pairs) => shuffle(pairs, random));
    const chosen = [];
    while (chosen.length < maxPairs) {
        for (const queue of queues) {
            const next = queue.shift();
            if (next !== undefined && chosen.length < maxPairs)
                chosen.push(next);
        }
    }
    return { pairs: chosen, skipped: total - chosen.length };
}
function shuffle(items, random) {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index--) {
        const other = Math.floor(random() * (index + 1));
        [copy[index], copy[other]] = [copy[other], copy[index]];
    }
    return copy;
}

;// CONCATENATED MODULE: ./schema/c2c-record.schema.json
const c2c_record_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/numa-spsc-bench/numa-spsc-bench/schema/c2c-record.schema.json","title":"numa-spsc-bench core-to-core latency line","description":"The one JSON line spsc-bench --mode c2c prints per CPU pair (native/README.md).","definitions":{"id":{"type":"integer","minimum":0},"ids":{"type":"array","items":{"$ref":"#/definitions/id"}},"countOrNull":{"type":["integer","null"],"minimum":0},"nonNegative":{"type":"number","minimum":0}},"type":"object","required":["schema","params","observed","results","valid","invalidReasons"],"properties":{"schema":{"const":"numa-spsc-bench/c2c@1"},"params":{"type":"object","required":["mode","producerCpu","consumerCpu","indexNode","roundTrips","batches"],"properties":{"mode":{"const":"c2c"},"producerCpu":{"$ref":"#/definitions/id"},"consumerCpu":{"$ref":"#/definitions/id"},"indexNode":{"$ref":"#/definitions/countOrNull"},"roundTrips":{"type":"integer","minimum":1},"batches":{"type":"integer","minimum":1}}},"observed":{"type":"object","required":["producerCpus","consumerCpus","line","producerInvoluntarySwitches","consumerInvoluntarySwitches"],"properties":{"producerCpus":{"$ref":"#/definitions/ids"},"consumerCpus":{"$ref":"#/definitions/ids"},"line":{"type":"object","required":["pages","nodesBefore","nodesAfter"],"properties":{"pages":{"type":"integer","minimum":0},"nodesBefore":{"$ref":"#/definitions/ids"},"nodesAfter":{"$ref":"#/definitions/ids"}}},"producerInvoluntarySwitches":{"$ref":"#/definitions/countOrNull"},"consumerInvoluntarySwitches":{"$ref":"#/definitions/countOrNull"}}},"results":{"type":"object","required":["roundTrips","elapsedNs","oneWayNsMin","oneWayNsMedian"],"properties":{"roundTrips":{"type":"integer","minimum":0},"elapsedNs":{"type":"integer","minimum":0},"oneWayNsMin":{"$ref":"#/definitions/nonNegative"},"oneWayNsMedian":{"$ref":"#/definitions/nonNegative"}}},"valid":{"type":"boolean"},"invalidReasons":{"type":"array","items":{"type":"string"}}}}');
;// CONCATENATED MODULE: ./src/c2c/parse.ts
/** Reads the line of `spsc-bench --mode c2c`; a malformed line is an error naming the field, never a NaN later. */



const parse_validator = new ajv.Ajv({ allErrors: false, strict: false }).compile(c2c_record_schema_namespaceObject);
function parseC2cLine(line, source = 'spsc-bench --mode c2c') {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        throw new NativeOutputError(`${source}: output is not a JSON line: ${JSON.stringify(line.slice(0, 120))}`);
    }
    if (!parse_validator(value)) {
        const error = parse_validator.errors?.[0];
        const where = error === undefined || error.instancePath === '' ? '(top level)' : error.instancePath;
        throw new NativeOutputError(`${source}: ${where} ${error?.message ?? 'does not match schema/c2c-record.schema.json'}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/c2c/matrix.ts
/** From measured pairs to the cpus × cpus matrix and the per-class figures the report shows. */

const C2C_METHOD = 'two threads pinned to the pair bounce one cache line with compare-and-swap; each timed batch of round trips ' +
    'gives batch time / (2 × round trips); oneWayNs is the minimum over the batches (nviennot/core-to-core-latency); ' +
    "the line is first touched by the timing CPU, so it lives on that CPU's node";
/** One round trip gives the same one-way figure for (a, b) and (b, a), so each measured pair fills both cells. */
function buildMap(cpus, pairs) {
    const position = new Map(cpus.map((cpu, index) => [cpu, index]));
    const latencyNs = cpus.map(() => cpus.map(() => null));
    for (const pair of pairs) {
        const row = position.get(pair.from);
        const column = position.get(pair.to);
        if (row === undefined || column === undefined || !pair.valid || pair.oneWayNs === null)
            continue;
        latencyNs[row][column] = pair.oneWayNs;
        latencyNs[column][row] = pair.oneWayNs;
    }
    return { method: C2C_METHOD, cpus, pairs, latencyNs };
}
/** Per placement class, over its valid measured pairs: the median, minimum and maximum one-way latency. */
function latencyByClass(map) {
    const figures = [];
    for (const name of PLACEMENT_CLASSES) {
        const values = map.pairs
            .filter((pair) => pair.class === name && pair.valid && pair.oneWayNs !== null)
            .map((pair) => pair.oneWayNs)
            .sort((left, right) => left - right);
        if (values.length === 0)
            continue;
        const middle = Math.floor(values.length / 2);
        const medianNs = values.length % 2 === 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        figures.push({ class: name, pairs: values.length, medianNs, minNs: values[0], maxNs: values[values.length - 1] });
    }
    return figures;
}

;// CONCATENATED MODULE: ./src/c2c/measure.ts
/**
 * Runs the map: one driver process per planned pair (`spsc-bench --mode c2c`), one after another so no two pairs
 * share the machine, each with its own timeout; the placement proof of each line decides whether its pair counts.
 */





/** nviennot's defaults: 1000 round trips per batch, 300 batches (about 0.1 to 0.6 s per pair, process start included). */
const DEFAULT_ROUND_TRIPS = 1000;
const DEFAULT_BATCHES = 300;
/** What one pair is budgeted at when planning: process start, 301 batches of 1000 round trips at up to ~1 µs. */
const SECONDS_PER_PAIR = 0.5;
const PAIR_TIMEOUT_MS = 30_000;
async function measureLatencyMap(options) {
    const maxPairs = Math.max(1, Math.floor(options.budgetSeconds / SECONDS_PER_PAIR));
    const plan = planPairs(options.topology, options.cpus, maxPairs, options.seed);
    const launcher = options.launcher ?? ((argv, timeoutMs, signal) => launch(argv, {}, timeoutMs, signal));
    const pairs = [];
    for (const planned of plan.pairs) {
        if (options.signal?.aborted)
            break;
        const pair = await measurePair(planned, options, launcher);
        pairs.push(pair);
        options.onPair?.(pair, pairs.length, plan.pairs.length);
    }
    return { map: buildMap(options.cpus, pairs), skipped: plan.skipped };
}
async function measurePair(planned, options, launcher) {
    const argv = [
        options.binary,
        '--mode',
        'c2c',
        '--producer-cpu',
        String(planned.from),
        '--consumer-cpu',
        String(planned.to),
        '--round-trips',
        String(options.roundTrips ?? DEFAULT_ROUND_TRIPS),
        '--batches',
        String(options.batches ?? DEFAULT_BATCHES)
    ];
    const failed = (reason) => ({
        ...planned,
        oneWayNs: null,
        medianNs: null,
        valid: false,
        invalidReasons: [reason]
    });
    const outcome = await launcher(argv, PAIR_TIMEOUT_MS, options.signal);
    if (outcome.exitCode !== 0) {
        const how = outcome.timedOut
            ? `timed out after ${PAIR_TIMEOUT_MS / 1000} s`
            : (outcome.spawnError ?? `exited with ${outcome.exitCode ?? outcome.signal}`);
        return failed(`spsc-bench --mode c2c ${planned.from} ${planned.to}: ${how}: ${outcome.stderrTail}`.trim());
    }
    try {
        const record = parseC2cLine(outcome.stdout.trim());
        return {
            ...planned,
            oneWayNs: record.results.oneWayNsMin,
            medianNs: record.results.oneWayNsMedian,
            valid: record.valid,
            invalidReasons: record.invalidReasons
        };
    }
    catch (error) {
        if (error instanceof NativeOutputError)
            return failed(error.message);
        throw error;
    }
}

// EXTERNAL MODULE: ./node_modules/d3-scale/dist/d3-scale.mjs + 2 modules
var d3_scale = __webpack_require__(9813);
// EXTERNAL MODULE: ./node_modules/d3-scale-chromatic/dist/d3-scale-chromatic.mjs
var d3_scale_chromatic = __webpack_require__(549);
;// CONCATENATED MODULE: ./src/c2c/svg.ts
/**
 * The map as an SVG heatmap: one square per CPU pair coloured by one-way latency (d3-scale with a perceptual
 * sequential scheme from d3-scale-chromatic, so equal steps of colour are equal steps of nanoseconds), grey where no
 * pair was measured, a <title> per square for the exact number, and a colour bar with its range.
 */


const CELL = 14;
const MARGIN = 48;
const LEGEND_WIDTH = 16;
const UNMEASURED = '#d9d9d9';
/** Past this many CPUs every n-th axis label is drawn, so labels never overlap. */
const LABELLED = 32;
const escapeXml = (text) => text.replace(/[<>&"]/g, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[character]);
const format = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
function renderHeatmapSvg(map, title = 'One-way core-to-core latency (ns)') {
    const count = map.cpus.length;
    const values = map.latencyNs.flat().filter((value) => value !== null);
    const low = values.length > 0 ? Math.min(...values) : 0;
    const high = values.length > 0 ? Math.max(...values) : 1;
    // Low latency is the bright end: the eye goes to the fast pairs first.
    const colour = (0,d3_scale/* scaleSequential */.ex)(d3_scale_chromatic/* interpolateViridis */.GA).domain(high > low ? [high, low] : [low + 1, low]);
    const side = count * CELL;
    const width = MARGIN + side + 24 + LEGEND_WIDTH + 56;
    const height = MARGIN + side + 24;
    const step = Math.max(1, Math.ceil(count / LABELLED));
    const parts = [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
            `font-family="sans-serif" font-size="10">`,
        `<title>${escapeXml(title)}</title>`,
        `<text x="${MARGIN}" y="16" font-size="12">${escapeXml(title)}</text>`,
        `<text x="${MARGIN + side / 2}" y="${MARGIN - 20}" text-anchor="middle">to CPU</text>`,
        `<text transform="translate(12 ${MARGIN + side / 2}) rotate(-90)" text-anchor="middle">from CPU</text>`
    ];
    for (const [index, cpu] of map.cpus.entries()) {
        if (index % step !== 0)
            continue;
        const middle = MARGIN + index * CELL + CELL / 2;
        parts.push(`<text x="${middle}" y="${MARGIN - 4}" text-anchor="middle">${cpu}</text>`);
        parts.push(`<text x="${MARGIN - 4}" y="${middle + 3}" text-anchor="end">${cpu}</text>`);
    }
    for (const [row, from] of map.cpus.entries()) {
        for (const [column, to] of map.cpus.entries()) {
            const value = map.latencyNs[row][column];
            const fill = value === null ? UNMEASURED : colour(value);
            const label = value === null ? (from === to ? 'same CPU' : 'not measured') : `${format(value)} ns`;
            parts.push(`<rect x="${MARGIN + column * CELL}" y="${MARGIN + row * CELL}" width="${CELL}" height="${CELL}" ` +
                `fill="${fill}"><title>CPU ${from} → CPU ${to}: ${label}</title></rect>`);
        }
    }
    const legendX = MARGIN + side + 24;
    parts.push('<defs><linearGradient id="latency" x1="0" y1="0" x2="0" y2="1">');
    for (let stop = 0; stop <= 10; stop++) {
        const value = low + ((high - low) * stop) / 10;
        parts.push(`<stop offset="${stop * 10}%" stop-color="${colour(value)}"/>`);
    }
    parts.push('</linearGradient></defs>');
    parts.push(`<rect x="${legendX}" y="${MARGIN}" width="${LEGEND_WIDTH}" height="${side}" fill="url(#latency)"/>`);
    parts.push(`<text x="${legendX + LEGEND_WIDTH + 4}" y="${MARGIN + 8}">${format(low)} ns</text>`);
    parts.push(`<text x="${legendX + LEGEND_WIDTH + 4}" y="${MARGIN + side}">${format(high)} ns</text>`);
    parts.push('</svg>');
    return `${parts.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/c2c/files.ts
/** The map's two files in an output directory: the JSON (`c2c --json` prints the same object) and the heatmap. */



const C2C_JSON_FILE_NAME = 'c2c.json';
const C2C_SVG_FILE_NAME = 'c2c.svg';
function writeLatencyMap(directory, map) {
    (0,external_node_fs_.mkdirSync)(directory, { recursive: true });
    const json = (0,external_node_path_.join)(directory, C2C_JSON_FILE_NAME);
    const svg = (0,external_node_path_.join)(directory, C2C_SVG_FILE_NAME);
    (0,external_node_fs_.writeFileSync)(json, `${JSON.stringify(map)}\n`);
    (0,external_node_fs_.writeFileSync)(svg, renderHeatmapSvg(map));
    return { json, svg };
}

;// CONCATENATED MODULE: ./src/c2c/stage.ts
/**
 * The latency-map stage as one call for both shells: build (or reuse) the native driver, measure the pairs within the
 * budget, write c2c.json and c2c.svg into the output directory, and hand back the typed map and class figures.
 */







/** The action's map budget: all pairs of a small runner, a stratified sample of a large one, in about a minute. */
const DEFAULT_C2C_BUDGET_SECONDS = 60;
/** Whether the action maps latency in this run (C2C_SETTINGS). */
function latencyMapWanted(setting, eventName) {
    return setting === 'true' || (setting === 'auto' && eventName === 'schedule');
}
async function runLatencyMap(options) {
    const cpus = mapCpus(options.topology, options.cpus);
    const native = await buildNative({
        sourceDir: findNativeSourceDir(import.meta.url),
        buildDir: options.buildDir ?? (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'numa-spsc-bench-build'),
        runner: options.runner,
        signal: options.signal
    });
    const { map, skipped } = await measureLatencyMap({
        binary: native.binary,
        topology: options.topology,
        cpus,
        budgetSeconds: options.budgetSeconds,
        seed: options.seed,
        signal: options.signal
    });
    const measured = map.pairs.filter((pair) => pair.valid).length;
    options.log(`c2c: ${measured} of ${map.pairs.length} pair(s) measured and valid` +
        (skipped > 0 ? `; ${skipped} more left out by the budget (a stratified sample per class was measured)` : ''));
    for (const pair of map.pairs.filter((entry) => !entry.valid)) {
        options.log(`c2c: pair ${pair.from}>${pair.to} not used: ${pair.invalidReasons.join('; ')}`);
    }
    const files = options.outDir === null ? null : writeLatencyMap(options.outDir, map);
    return { map, classes: latencyByClass(map), skipped, files };
}

;// CONCATENATED MODULE: ./src/c2c/index.ts









;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The action: read inputs once into a Config, run the shared pipeline, and turn its outcome into outputs, a job
 * summary, the sticky PR comment and the step's status. The step fails on bad input, an unusable runner
 * (require-numa), a refused fork pull request, and a real regression when fail-on is "regression"; never because
 * the comment could not be posted.
 */















function readInputs() {
    const raw = {};
    // An input the workflow leaves out reads as "": not given, so config.ts applies its default.
    for (const name of Object.keys(DEFAULTS))
        raw[name] = core/* getInput */.V4(name) || undefined;
    return raw;
}
function setTopologyOutputs(detected) {
    const { topology } = detected;
    core/* setOutput */.uH('numa-capable', String(topology.numaCapable));
    core/* setOutput */.uH('numa-nodes', String(topology.nodes.length));
    core/* setOutput */.uH('fingerprint', topology.fingerprint);
    core/* setOutput */.uH('topology-json', JSON.stringify(topologyToJson(topology, detected.classes)));
    if (!topology.numaCapable) {
        core/* warning */.$e(`This runner has ${topology.nodes.filter((node) => node.cpus.length > 0).length} NUMA node(s) with CPUs this ` +
            'job may use: cross-node classes are not available here. Use a multi-socket self-hosted runner for NUMA numbers.');
    }
}
async function measureAndReport(config, context, token, stop) {
    (0,github_event/* refuseForkOnSelfHosted */.Dn)(context, config.allowForkPrs);
    const detected = detect(config);
    setTopologyOutputs(detected);
    requireNumaCapable(config, detected);
    const pullRequestEvent = (0,github_event/* pullRequestOf */._n)(context);
    if (comparesWithMergeBase(config, pullRequestEvent)) {
        return measureAbAndReport(config, context, token, stop.signal, detected, pullRequestEvent);
    }
    const plan = planFor(config, detected, config.seed ?? defaultSeed(context.runId ?? undefined));
    core/* info */.pq(`Plan: ${plan.cells.length} cells × ${plan.repetitions} repetitions, about ${Math.round(plan.estimatedSeconds)} s`);
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const progress = createProgressReporter({ isTTY: false, log: core/* info */.pq });
    const runnerTemp = process.env.RUNNER_TEMP;
    // RUNNER_TEMP belongs to the runner's user and is emptied per job; outside Actions, the per-user cache.
    const buildDir = runnerTemp ? (0,external_node_path_.join)(runnerTemp, 'numa-spsc-bench-build') : defaultBuildDir();
    const measured = await pipeline_measure(config, detected, plan, {
        buildDir,
        workspace,
        runner: actionProcessRunner,
        signal: stop.signal,
        onPlan: (measuredPlan) => core/* info */.pq(`Plan after the pilot (${(measuredPlan.pilotSeconds ?? 0).toFixed(1)} s): ${measuredPlan.cells.length} cells × ` +
            `${measuredPlan.repetitions} blocks, about ${Math.round(measuredPlan.estimatedSeconds)} s of ${measuredPlan.budgetSeconds} s`),
        onProgress: progress.update,
        log: core/* info */.pq
    }).finally(() => progress.stop());
    const timing = measured.results.timing;
    if (timing !== undefined) {
        core/* info */.pq(`Time: measuring ${timing.actualSeconds.toFixed(1)} s (budget ${timing.budgetSeconds} s, estimated ` +
            `${timing.estimatedSeconds.toFixed(1)} s), builds ${timing.buildSeconds.toFixed(1)} s`);
    }
    core/* setOutput */.uH('results-path', measured.resultsPath);
    core/* setOutput */.uH('invalid-cells', String(invalidCellCount(measured.results)));
    core/* info */.pq(summarizeRun(measured.results));
    const outDir = (0,external_node_path_.resolve)(config.outDir);
    // The map's per-class figures go into the report beside the ring's round trips; c2c.json and c2c.svg hold the rest.
    const latencyMap = latencyMapWanted(config.c2c, context.eventName)
        ? await runLatencyMap({
            topology: detected.topology,
            cpus: null,
            budgetSeconds: DEFAULT_C2C_BUDGET_SECONDS,
            seed: plan.seed,
            outDir,
            buildDir,
            runner: actionProcessRunner,
            signal: stop.signal,
            log: core/* info */.pq
        })
        : null;
    const pullRequest = (0,github_event/* pullRequestOf */._n)(context);
    if (pullRequest !== null) {
        writePullRequestFile(outDir, {
            number: pullRequest.number,
            headSha: pullRequest.headSha,
            baseRef: pullRequest.baseRef
        });
    }
    const baseline = await compareAndSaveBaseline(config, measured.results, await baselineRunContext(context, workspace, core/* info */.pq));
    if (baseline.saveError !== null)
        core/* warning */.$e(`baseline: ${baseline.saveError}. The comparison stands.`);
    writeComparisonFile(outDir, baseline.comparison);
    return reportAndComment({
        config,
        context,
        token,
        machines: [
            {
                label: measured.results.environment.hostname,
                results: measured.results,
                comparison: baseline.comparison,
                figures: baseline.figures,
                ...(latencyMap === null ? {} : { latencyMap: latencyMap.classes })
            }
        ],
        pullRequest: pullRequestToReport(context)
    });
}
async function run() {
    const stop = stopOnSignals(core/* info */.pq);
    try {
        const token = core/* getInput */.V4('github-token');
        if (token !== '')
            core/* setSecret */.Pq(token);
        registerSecret(token);
        const config = buildConfig(readInputs());
        const context = readRunContext();
        if (config.reportFrom !== null) {
            const reported = await commentFromArtifact(config, context, token, config.reportFrom);
            core/* info */.pq(`Verdict: ${reported.verdict} (comment-only mode reports; the measuring run is the gate)`);
            return;
        }
        const reported = await measureAndReport(config, context, token, stop);
        core/* info */.pq(`Verdict: ${reported.verdict}`);
        const received = stop.received();
        if (received !== null) {
            core/* setFailed */.C1(`${received}: the run was stopped; results.json holds the samples taken, marked interrupted`);
            process.exitCode = stop.exitCode() ?? 1;
            return;
        }
        if (reported.verdict === 'regression' && config.failOn === 'regression') {
            core/* setFailed */.C1(`${reported.regressions} regression(s) against the baseline (fail-on: regression); see the job summary or ${reported.reportPath}`);
        }
    }
    catch (error) {
        await (0,failure/* reportFailure */.x)(error instanceof Error ? error.message : String(error));
        // Stopped by a signal (a cancelled job): exit as the signal would, 130 or 143.
        if (stop.exitCode() !== null)
            process.exitCode = stop.exitCode();
    }
    finally {
        stop.dispose();
    }
}


/***/ })

};
