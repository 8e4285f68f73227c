#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(3893);
const draft7_1 = __nccwpck_require__(9941);
const discriminator_1 = __nccwpck_require__(8886);
const draft7MetaSchema = __nccwpck_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(7788);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(7788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(3021);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(3021);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(6829);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 21:
/***/ ((module) => {



module.exports = ({onlyFirst = false} = {}) => {
	const pattern = [
		'[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)',
		'(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))'
	].join('|');

	return new RegExp(pattern, onlyFirst ? undefined : 'g');
};


/***/ }),

/***/ 8502:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const _SingleBar = __nccwpck_require__(2176);
const _MultiBar = __nccwpck_require__(9307);
const _Presets = __nccwpck_require__(1921);
const _Formatter = __nccwpck_require__(4740);
const _defaultFormatValue = __nccwpck_require__(8023);
const _defaultFormatBar = __nccwpck_require__(5563);
const _defaultFormatTime = __nccwpck_require__(9061);

// sub-module access
module.exports = {
    Bar: _SingleBar,
    SingleBar: _SingleBar,
    MultiBar: _MultiBar,
    Presets: _Presets,
    Format: {
        Formatter: _Formatter,
        BarFormat: _defaultFormatBar,
        ValueFormat: _defaultFormatValue,
        TimeFormat: _defaultFormatTime
    }
};

/***/ }),

/***/ 4250:
/***/ ((module) => {


// ETA calculation
class ETA{

    constructor(length, initTime, initValue){
        // size of eta buffer
        this.etaBufferLength = length || 100;

        // eta buffer with initial values
        this.valueBuffer = [initValue];
        this.timeBuffer = [initTime];

        // eta time value
        this.eta = '0';
    }

    // add new values to calculation buffer
    update(time, value, total){
        this.valueBuffer.push(value);
        this.timeBuffer.push(time);

        // trigger recalculation
        this.calculate(total-value);
    }

    // fetch estimated time
    getTime(){
        return this.eta;
    }

    // eta calculation - request number of remaining events
    calculate(remaining){
        // get number of samples in eta buffer
        const currentBufferSize = this.valueBuffer.length;
        const buffer = Math.min(this.etaBufferLength, currentBufferSize);

        const v_diff = this.valueBuffer[currentBufferSize - 1] - this.valueBuffer[currentBufferSize - buffer];
        const t_diff = this.timeBuffer[currentBufferSize - 1] - this.timeBuffer[currentBufferSize - buffer];

        // get progress per ms
        const vt_rate = v_diff/t_diff;

        // strip past elements
        this.valueBuffer = this.valueBuffer.slice(-this.etaBufferLength);
        this.timeBuffer  = this.timeBuffer.slice(-this.etaBufferLength);

        // eq: vt_rate *x = total
        const eta = Math.ceil(remaining/vt_rate/1000);

        // check values
        if (isNaN(eta)){
            this.eta = 'NULL';

        // +/- Infinity --- NaN already handled
        }else if (!isFinite(eta)){
            this.eta = 'INF';

        // > 10M s ? - set upper display limit ~115days (1e7/60/60/24)
        }else if (eta > 1e7){
            this.eta = 'INF';

        // negative ?
        }else if (eta < 0){
            this.eta = 0;

        }else{
            // assign
            this.eta = eta;
        }
    }
}

module.exports = ETA;

/***/ }),

/***/ 5563:
/***/ ((module) => {

// format bar
module.exports = function formatBar(progress, options){
    // calculate barsize
    const completeSize = Math.round(progress*options.barsize);
    const incompleteSize = options.barsize-completeSize;

   // generate bar string by stripping the pre-rendered strings
   return   options.barCompleteString.substr(0, completeSize) +
            options.barGlue +
            options.barIncompleteString.substr(0, incompleteSize);
}

/***/ }),

/***/ 9061:
/***/ ((module) => {

// default time format

// format a number of seconds into hours and minutes as appropriate
module.exports = function formatTime(t, options, roundToMultipleOf){
    function round(input) {
        if (roundToMultipleOf) {
            return roundToMultipleOf * Math.round(input / roundToMultipleOf);
        } else {
            return input
        }
    }

    // leading zero padding
    function autopadding(v){
        return (options.autopaddingChar + v).slice(-2);
    }

    // > 1h ?
    if (t > 3600) {
        return autopadding(Math.floor(t / 3600)) + 'h' + autopadding(round((t % 3600) / 60)) + 'm';

    // > 60s ?
    } else if (t > 60) {
        return autopadding(Math.floor(t / 60)) + 'm' + autopadding(round((t % 60))) + 's';

    // > 10s ?
    } else if (t > 10) {
        return autopadding(round(t)) + 's';

    // default: don't apply round to multiple
    }else{
        return autopadding(t) + 's';
    }
}

/***/ }),

/***/ 8023:
/***/ ((module) => {

// default value format (apply autopadding)

// format valueset
module.exports = function formatValue(v, options, type){
    // no autopadding ? passthrough
    if (options.autopadding !== true){
        return v;
    }

    // padding
    function autopadding(value, length){
        return (options.autopaddingChar + value).slice(-length);
    }

    switch (type){
        case 'percentage':
            return autopadding(v, 3);

        default:
            return v;
    }
}

/***/ }),

/***/ 4740:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const _stringWidth = __nccwpck_require__(60);
const _defaultFormatValue = __nccwpck_require__(8023);
const _defaultFormatBar = __nccwpck_require__(5563);
const _defaultFormatTime = __nccwpck_require__(9061);

// generic formatter
module.exports = function defaultFormatter(options, params, payload){

    // copy format string
    let s = options.format;

    // custom time format set ?
    const formatTime = options.formatTime || _defaultFormatTime;
    
    // custom value format set ?
    const formatValue = options.formatValue || _defaultFormatValue;

    // custom bar format set ?
    const formatBar = options.formatBar || _defaultFormatBar;

    // calculate progress in percent
    const percentage =  Math.floor(params.progress*100) + '';

    // bar stopped and stopTime set ?
    const stopTime = params.stopTime || Date.now();

    // calculate elapsed time
    const elapsedTime = Math.round((stopTime - params.startTime)/1000);

    // merges data from payload and calculated
    const context = Object.assign({}, payload, {
        bar:                    formatBar(params.progress, options),

        percentage:             formatValue(percentage, options, 'percentage'),
        total:                  formatValue(params.total, options, 'total'),
        value:                  formatValue(params.value, options, 'value'),

        eta:                    formatValue(params.eta, options, 'eta'),
        eta_formatted:          formatTime(params.eta, options, 5),
        
        duration:               formatValue(elapsedTime, options, 'duration'),
        duration_formatted:     formatTime(elapsedTime, options, 1)
    });

    // assign placeholder tokens
    s = s.replace(/\{(\w+)\}/g, function(match, key){
        // key exists within payload/context
        if (typeof context[key] !== 'undefined') {
            return context[key];
        }

        // no changes to unknown values
        return match;
    });

    // calculate available whitespace (2 characters margin of error)
    const fullMargin = Math.max(0, params.maxWidth - _stringWidth(s) -2);
    const halfMargin = Math.floor(fullMargin / 2);

    // distribute available whitespace according to position
    switch (options.align) {

        // fill start-of-line with whitespaces
        case 'right':
            s = (fullMargin > 0) ? ' '.repeat(fullMargin) + s : s;
            break;

        // distribute whitespaces to left+right
        case 'center':
            s = (halfMargin > 0) ? ' '.repeat(halfMargin) + s : s;
            break;

        // default: left align, no additional whitespaces
        case 'left':
        default:
            break;
    }

    return s;
}


/***/ }),

/***/ 5123:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const _ETA = __nccwpck_require__(4250);
const _Terminal = __nccwpck_require__(7748);
const _formatter = __nccwpck_require__(4740);
const _options = __nccwpck_require__(1596);
const _EventEmitter = __nccwpck_require__(4434);

// Progress-Bar constructor
module.exports = class GenericBar extends _EventEmitter{

    constructor(options){
        super();

        // store options and assign derived ones (instance specific)
        this.options = _options.assignDerivedOptions(options);

        // store terminal instance
        this.terminal = (this.options.terminal) ? this.options.terminal : new _Terminal(this.options.stream);

        // the current bar value
        this.value = 0;

        // bar start value (used for progress calculation)
        this.startValue = 0;

        // the end value of the bar
        this.total = 100;

        // last drawn string - only render on change!
        this.lastDrawnString = null;

        // start time (used for eta calculation)
        this.startTime = null;

        // stop time (used for duration calculation)
        this.stopTime = null;

        // last update time
        this.lastRedraw = Date.now();

        // default eta calculator (will be re-create on start)
        this.eta = new _ETA(this.options.etaBufferLength, 0, 0);

        // payload data
        this.payload = {};

        // progress bar active ?
        this.isActive = false;

        // use default formatter or custom one ?
        this.formatter = (typeof this.options.format === 'function') ? this.options.format : _formatter;
    }

    // internal render function
    render(forceRendering=false){

        // formatter params
        const params = {
            progress: this.getProgress(),
            eta: this.eta.getTime(),
            startTime: this.startTime,
            stopTime: this.stopTime,
            total: this.total,
            value: this.value,
            maxWidth: this.terminal.getWidth()
        };

        // automatic eta update ? (long running processes)
        if (this.options.etaAsynchronousUpdate){
            this.updateETA();
        }

        // format string
        const s = this.formatter(this.options, params, this.payload);

        const forceRedraw = forceRendering || this.options.forceRedraw
            // force redraw in notty-mode!
            || (this.options.noTTYOutput && !this.terminal.isTTY());

        // string changed ? only trigger redraw on change!
        if (forceRedraw || this.lastDrawnString != s){
            // trigger event
            this.emit('redraw-pre');

            // set cursor to start of line
            this.terminal.cursorTo(0, null);

            // write output
            this.terminal.write(s);

            // clear to the right from cursor
            this.terminal.clearRight();

            // store string
            this.lastDrawnString = s;

            // set last redraw time
            this.lastRedraw = Date.now();

            // trigger event
            this.emit('redraw-post');
        }
    }

    // start the progress bar
    start(total, startValue, payload){
        // set initial values
        this.value = startValue || 0;
        this.total = (typeof total !== 'undefined' && total >= 0) ? total : 100;

        // set start value for progress calculation
        this.startValue = (startValue || 0);

        // store payload (optional)
        this.payload = payload || {};

        // store start time for duration+eta calculation
        this.startTime = Date.now();

        // reset stop time for 're-start' scenario (used for duration calculation)
        this.stopTime = null;

        // reset string line buffer (redraw detection)
        this.lastDrawnString = '';

        // initialize eta buffer
        this.eta = new _ETA(this.options.etaBufferLength, this.startTime, this.value);

        // set flag
        this.isActive = true;

        // start event
        this.emit('start', total, startValue);
    }

    // stop the bar
    stop(){
        // set flag
        this.isActive = false;
        
        // store stop timestamp to get total duration
        this.stopTime = Date.now();

        // stop event
        this.emit('stop', this.total, this.value);
    }

    // update the bar value
    // update(value, payload)
    // update(payload)
    update(arg0, arg1 = {}){
        // value set ?
        // update(value, [payload]);
        if (typeof arg0 === 'number') {
            // update value
            this.value = arg0;

            // add new value; recalculate eta
            this.eta.update(Date.now(), arg0, this.total);
        }

        // extract payload
        // update(value, payload)
        // update(payload)
        const payloadData = ((typeof arg0 === 'object') ? arg0 : arg1) || {};

        // update event (before stop() is called)
        this.emit('update', this.total, this.value);

        // merge payload
        for (const key in payloadData){
            this.payload[key] = payloadData[key];
        }

        // limit reached ? autostop set ?
        if (this.value >= this.getTotal() && this.options.stopOnComplete) {
            this.stop();
        }
    }

    // calculate the actual progress value
    getProgress(){
        // calculate the normalized current progress
        let progress = (this.value/this.total);

        // use relative progress calculation ? range between startValue and total is then used as 100%
        // startValue (offset) is ignored for calculations
        if (this.options.progressCalculationRelative){
            progress = (this.value-this.startValue)/(this.total-this.startValue);
        }

        // handle NaN Errors caused by total=0. Set to complete in this case
        if (isNaN(progress)){
            progress = (this.options && this.options.emptyOnZero) ? 0.0 : 1.0;
        }

        // limiter
        progress = Math.min(Math.max(progress, 0.0), 1.0);

        return progress;
    }

    // update the bar value
    // increment(delta, payload)
    // increment(payload)
    increment(arg0 = 1, arg1 = {}){
        // increment([payload]) => step=1
        // handle the use case when `step` is omitted but payload is passed
        if (typeof arg0 === 'object') {
            this.update(this.value + 1, arg0);
        
        // increment([step=1], [payload={}])
        }else{
            this.update(this.value + arg0, arg1);
        }
    }

    // get the total (limit) value
    getTotal(){
        return this.total;
    }

    // set the total (limit) value
    setTotal(total){
        if (typeof total !== 'undefined' && total >= 0){
            this.total = total;
        }
    }

    // force eta calculation update (long running processes)
    updateETA(){
        // add new value; recalculate eta
        this.eta.update(Date.now(), this.value, this.total);
    }
}


/***/ }),

/***/ 9307:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const _Terminal = __nccwpck_require__(7748);
const _BarElement = __nccwpck_require__(5123);
const _options = __nccwpck_require__(1596);
const _EventEmitter = __nccwpck_require__(4434);

// Progress-Bar constructor
module.exports = class MultiBar extends _EventEmitter{

    constructor(options, preset){
        super();

        // list of bars
        this.bars = [];

        // parse+store options
        this.options = _options.parse(options, preset);

        // disable synchronous updates
        this.options.synchronousUpdate = false;

        // store terminal instance
        this.terminal = (this.options.terminal) ? this.options.terminal : new _Terminal(this.options.stream);

        // the update timer
        this.timer = null;

        // progress bar active ?
        this.isActive = false;

        // update interval
        this.schedulingRate = (this.terminal.isTTY() ? this.options.throttleTime : this.options.notTTYSchedule);

        // logging output buffer
        this.loggingBuffer = [];

        // callback used for gracefulExit
        this.sigintCallback = null;
    }

    // add a new bar to the stack
    create(total, startValue, payload, barOptions={}){
        // create new bar element and merge global options + overrides
        // use the same global terminal instance for all instances
        const bar = new _BarElement(Object.assign(
            {}, 

            // global options
            this.options, 

            // terminal instance
            {
                terminal: this.terminal
            },

            // overrides
            barOptions,
        ));

        // store bar
        this.bars.push(bar);

        // progress updates are only visible in TTY mode!
        if (this.options.noTTYOutput === false && this.terminal.isTTY() === false){
            return bar;
        }

        // add handler to restore cursor settings (stop the bar) on SIGINT/SIGTERM ?
        if (this.sigintCallback === null && this.options.gracefulExit){
            this.sigintCallback = this.stop.bind(this);
            process.once('SIGINT', this.sigintCallback);
            process.once('SIGTERM', this.sigintCallback);
        }
        
        // multiprogress already active ?
        if (!this.isActive){
            // hide the cursor ?
            if (this.options.hideCursor === true){
                this.terminal.cursor(false);
            }

            // disable line wrapping ?
            if (this.options.linewrap === false){
                this.terminal.lineWrapping(false);
            }
    
            // initialize update timer
            this.timer = setTimeout(this.update.bind(this), this.schedulingRate);
        }

        // set flag
        this.isActive = true;

        // start progress bar
        bar.start(total, startValue, payload);

        // trigger event
        this.emit('start');

        // return new instance
        return bar;
    }

    // remove a bar from the stack
    remove(bar){
        // find element
        const index = this.bars.indexOf(bar);

        // element found ?
        if (index < 0){
            return false;
        }

        // remove element
        this.bars.splice(index, 1);

        // force update
        this.update();

        // clear bottom
        this.terminal.newline();
        this.terminal.clearBottom();

        return true;
    }

    // internal update routine
    update(){
        // stop timer
        if (this.timer){
            clearTimeout(this.timer);
            this.timer = null;
        }

        // trigger event
        this.emit('update-pre');
        
        // reset cursor
        this.terminal.cursorRelativeReset();

        // trigger event
        this.emit('redraw-pre');

        // content within logging buffer ?
        if (this.loggingBuffer.length > 0){
            this.terminal.clearLine();

            // flush logging buffer and write content to terminal
            while (this.loggingBuffer.length > 0){
                this.terminal.write(this.loggingBuffer.shift(), true);
            }
        }

        // update each bar
        for (let i=0; i< this.bars.length; i++){
            // add new line ?
            if (i > 0){
                this.terminal.newline();
            }

            // render
            this.bars[i].render();
        }

        // trigger event
        this.emit('redraw-post');

        // add new line in notty mode!
        if (this.options.noTTYOutput && this.terminal.isTTY() === false){
            this.terminal.newline();
            this.terminal.newline();
        }

        // next update
        this.timer = setTimeout(this.update.bind(this), this.schedulingRate);

        // trigger event
        this.emit('update-post');

        // stop if stopOnComplete and all bars stopped
        if (this.options.stopOnComplete && !this.bars.find(bar => bar.isActive)) {
            this.stop();
        }
    }

    stop(){

        // stop timer
        clearTimeout(this.timer);
        this.timer = null;

        // remove sigint listener
        if (this.sigintCallback){
            process.removeListener('SIGINT', this.sigintCallback);
            process.removeListener('SIGTERM', this.sigintCallback);
            this.sigintCallback = null;
        }

        // set flag
        this.isActive = false;

        // cursor hidden ?
        if (this.options.hideCursor === true){
            this.terminal.cursor(true);
        }

        // re-enable line wrpaping ?
        if (this.options.linewrap === false){
            this.terminal.lineWrapping(true);
        }

        // reset cursor
        this.terminal.cursorRelativeReset();

        // trigger event
        this.emit('stop-pre-clear');

        // clear line on complete ?
        if (this.options.clearOnComplete){
            // clear all bars
            this.terminal.clearBottom();
            
        // or show final progress ?
        }else{
            // update each bar
            for (let i=0; i< this.bars.length; i++){
                // add new line ?
                if (i > 0){
                    this.terminal.newline();
                }

                // trigger final rendering
                this.bars[i].render();

                // stop
                this.bars[i].stop();
            }

            // new line on complete
            this.terminal.newline();
        }

        // trigger event
        this.emit('stop');
    }

    log(s){
        // push content into logging buffer
        this.loggingBuffer.push(s);
    }
}


/***/ }),

/***/ 1596:
/***/ ((module) => {

// utility to merge defaults
function mergeOption(v, defaultValue){
    if (typeof v === 'undefined' || v === null){
        return defaultValue;
    }else{
        return v;
    }
}

module.exports = {
    // set global options
    parse: function parse(rawOptions, preset){

        // options storage
        const options = {};

        // merge preset
        const opt = Object.assign({}, preset, rawOptions);

        // the max update rate in fps (redraw will only triggered on value change)
        options.throttleTime = 1000 / (mergeOption(opt.fps, 10));

        // the output stream to write on
        options.stream = mergeOption(opt.stream, process.stderr);

        // external terminal provided ?
        options.terminal = mergeOption(opt.terminal, null);

        // clear on finish ?
        options.clearOnComplete = mergeOption(opt.clearOnComplete, false);

        // stop on finish ?
        options.stopOnComplete = mergeOption(opt.stopOnComplete, false);

        // size of the progressbar in chars
        options.barsize = mergeOption(opt.barsize, 40);

        // position of the progress bar - 'left' (default), 'right' or 'center'
        options.align = mergeOption(opt.align, 'left');

        // hide the cursor ?
        options.hideCursor = mergeOption(opt.hideCursor, false);

        // disable linewrapping ?
        options.linewrap = mergeOption(opt.linewrap, false);

        // glue sequence (control chars) between bar elements ?
        options.barGlue = mergeOption(opt.barGlue, '');

        // bar chars
        options.barCompleteChar = mergeOption(opt.barCompleteChar, '=');
        options.barIncompleteChar = mergeOption(opt.barIncompleteChar, '-');

        // the bar format
        options.format = mergeOption(opt.format, 'progress [{bar}] {percentage}% | ETA: {eta}s | {value}/{total}');

        // external time-format provided ?
        options.formatTime = mergeOption(opt.formatTime, null);

        // external value-format provided ?
        options.formatValue = mergeOption(opt.formatValue, null);

        // external bar-format provided ?
        options.formatBar = mergeOption(opt.formatBar, null);

        // the number of results to average ETA over
        options.etaBufferLength = mergeOption(opt.etaBuffer, 10);

        // automatic eta updates based on fps
        options.etaAsynchronousUpdate = mergeOption(opt.etaAsynchronousUpdate, false);

        // progress calculation relative to start value ? default start at 0
        options.progressCalculationRelative = mergeOption(opt.progressCalculationRelative, false);

        // allow synchronous updates ?
        options.synchronousUpdate = mergeOption(opt.synchronousUpdate, true);

        // notty mode
        options.noTTYOutput = mergeOption(opt.noTTYOutput, false);

        // schedule - 2s
        options.notTTYSchedule = mergeOption(opt.notTTYSchedule, 2000);
        
        // emptyOnZero - false
        options.emptyOnZero = mergeOption(opt.emptyOnZero, false);

        // force bar redraw even if progress did not change
        options.forceRedraw = mergeOption(opt.forceRedraw, false);

        // automated padding to fixed width ?
        options.autopadding = mergeOption(opt.autopadding, false);

        // stop bar on SIGINT/SIGTERM to restore cursor settings ?
        options.gracefulExit = mergeOption(opt.gracefulExit, false);

        return options;
    },

    // derived options: instance specific, has to be created for every bar element
    assignDerivedOptions: function assignDerivedOptions(options){
        // pre-render bar strings (performance)
        options.barCompleteString = options.barCompleteChar.repeat(options.barsize + 1);
        options.barIncompleteString = options.barIncompleteChar.repeat(options.barsize + 1);

        // autopadding character - empty in case autopadding is disabled
        options.autopaddingChar = options.autopadding ? mergeOption(options.autopaddingChar, '   ') : '';

        return options;
    }
};

/***/ }),

/***/ 2176:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const _GenericBar = __nccwpck_require__(5123);
const _options = __nccwpck_require__(1596);

// Progress-Bar constructor
module.exports = class SingleBar extends _GenericBar{

    constructor(options, preset){
        super(_options.parse(options, preset));

        // the update timer
        this.timer = null;

        // disable synchronous updates in notty mode
        if (this.options.noTTYOutput && this.terminal.isTTY() === false){
            this.options.synchronousUpdate = false;
        }

        // update interval
        this.schedulingRate = (this.terminal.isTTY() ? this.options.throttleTime : this.options.notTTYSchedule);

        // callback used for gracefulExit
        this.sigintCallback = null;
    }

    // internal render function
    render(){
        // stop timer
        if (this.timer){
            clearTimeout(this.timer);
            this.timer = null;
        }

        // run internal rendering
        super.render();

        // add new line in notty mode!
        if (this.options.noTTYOutput && this.terminal.isTTY() === false){
            this.terminal.newline();
        }

        // next update
        this.timer = setTimeout(this.render.bind(this), this.schedulingRate);
    }

    update(current, payload){
        // timer inactive ?
        if (!this.timer) {
            return;
        }

        super.update(current, payload);

        // trigger synchronous update ?
        // check for throttle time 
        if (this.options.synchronousUpdate && (this.lastRedraw + this.options.throttleTime*2) < Date.now()){
            // force update
            this.render();
        }
    }

    // start the progress bar
    start(total, startValue, payload){
        // progress updates are only visible in TTY mode!
        if (this.options.noTTYOutput === false && this.terminal.isTTY() === false){
            return;
        }

        // add handler to restore cursor settings (stop the bar) on SIGINT/SIGTERM ?
        if (this.sigintCallback === null && this.options.gracefulExit){
            this.sigintCallback = this.stop.bind(this);
            process.once('SIGINT', this.sigintCallback);
            process.once('SIGTERM', this.sigintCallback);
        }

        // save current cursor settings
        this.terminal.cursorSave();

        // hide the cursor ?
        if (this.options.hideCursor === true){
            this.terminal.cursor(false);
        }

        // disable line wrapping ?
        if (this.options.linewrap === false){
            this.terminal.lineWrapping(false);
        }

        // initialize bar
        super.start(total, startValue, payload);

        // redraw on start!
        this.render();
    }

    // stop the bar
    stop(){
        // timer inactive ?
        if (!this.timer) {
            return;
        }
        
        // remove sigint listener
        if (this.sigintCallback){
            process.removeListener('SIGINT', this.sigintCallback);
            process.removeListener('SIGTERM', this.sigintCallback);
            this.sigintCallback = null;
        }

        // trigger final rendering
        this.render();

        // restore state
        super.stop();

        // stop timer
        clearTimeout(this.timer);
        this.timer = null;

        // cursor hidden ?
        if (this.options.hideCursor === true){
            this.terminal.cursor(true);
        }

        // re-enable line wrapping ?
        if (this.options.linewrap === false){
            this.terminal.lineWrapping(true);
        }

        // restore cursor on complete (position + settings)
        this.terminal.cursorRestore();

        // clear line on complete ?
        if (this.options.clearOnComplete){
            this.terminal.cursorTo(0, null);
            this.terminal.clearLine();
        }else{
            // new line on complete
            this.terminal.newline();
        }
    }
}

/***/ }),

/***/ 7748:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const _readline = __nccwpck_require__(3785);

// low-level terminal interactions
class Terminal{

    constructor(outputStream){
        this.stream = outputStream;

        // default: line wrapping enabled
        this.linewrap = true;

        // current, relative y position
        this.dy = 0;
    }

    // save cursor position + settings
    cursorSave(){
        if (!this.stream.isTTY){
            return;
        }

        // save position
        this.stream.write('\x1B7');
    }

    // restore last cursor position + settings
    cursorRestore(){
        if (!this.stream.isTTY){
            return;
        }

        // restore cursor
        this.stream.write('\x1B8');
    }

    // show/hide cursor
    cursor(enabled){
        if (!this.stream.isTTY){
            return;
        }

        if (enabled){
            this.stream.write('\x1B[?25h');
        }else{
            this.stream.write('\x1B[?25l');
        }
    }

    // change cursor positionn
    cursorTo(x=null, y=null){
        if (!this.stream.isTTY){
            return;
        }

        // move cursor absolute
        _readline.cursorTo(this.stream, x, y);
    }

    // change relative cursor position
    cursorRelative(dx=null, dy=null){
        if (!this.stream.isTTY){
            return;
        }

        // store current position
        this.dy = this.dy + dy;
        
        // move cursor relative
        _readline.moveCursor(this.stream, dx, dy);
    }

    // relative reset
    cursorRelativeReset(){
        if (!this.stream.isTTY){
            return;
        }

        // move cursor to initial line
        _readline.moveCursor(this.stream, 0, -this.dy);

        // first char
        _readline.cursorTo(this.stream, 0, null);

        // reset counter
        this.dy = 0;
    }

    // clear to the right from cursor
    clearRight(){
        if (!this.stream.isTTY){
            return;
        }

        _readline.clearLine(this.stream, 1);
    }

    // clear the full line
    clearLine(){
        if (!this.stream.isTTY){
            return;
        }

        _readline.clearLine(this.stream, 0);
    }

    // clear everyting beyond the current line
    clearBottom(){
        if (!this.stream.isTTY){
            return;
        }

        _readline.clearScreenDown(this.stream);
    }

    // add new line; increment counter
    newline(){
        this.stream.write('\n');
        this.dy++;
    }

    // write content to output stream
    // @TODO use string-width to strip length
    write(s, rawWrite=false){
        // line wrapping enabled ? trim output
        // this is just a fallback mechanism in case user enabled line-wrapping via options or set it to auto
        if (this.linewrap === true && rawWrite === false){
            this.stream.write(s.substr(0, this.getWidth()));

        // standard behaviour with disabled linewrapping
        }else{
            this.stream.write(s);
        }
    }

    // control line wrapping
    lineWrapping(enabled){
        if (!this.stream.isTTY){
            return;
        }

        // store state
        this.linewrap = enabled;
        if (enabled){
            this.stream.write('\x1B[?7h');
        }else{
            this.stream.write('\x1B[?7l');
        }
    }

    // tty environment ?
    isTTY(){
        return (this.stream.isTTY === true);
    }

    // get terminal width
    getWidth(){
        // set max width to 80 in tty-mode and 200 in notty-mode
        return this.stream.columns || (this.stream.isTTY ? 80 : 200);
    }
}

module.exports = Terminal;


/***/ }),

/***/ 1921:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const _legacy = __nccwpck_require__(4874);
const _shades_classic = __nccwpck_require__(8170);
const _shades_grey = __nccwpck_require__(3351);
const _rect = __nccwpck_require__(8879);

module.exports = {
    legacy: _legacy,
    shades_classic: _shades_classic,
    shades_grey: _shades_grey,
    rect: _rect
};

/***/ }),

/***/ 4874:
/***/ ((module) => {

// cli-progress legacy style as of 1.x
module.exports = {
    format: 'progress [{bar}] {percentage}% | ETA: {eta}s | {value}/{total}',
    barCompleteChar: '=',
    barIncompleteChar: '-'
};

/***/ }),

/***/ 8879:
/***/ ((module) => {

module.exports = {
    format: ' {bar}\u25A0 {percentage}% | ETA: {eta}s | {value}/{total}',
    barCompleteChar: '\u25A0',
    barIncompleteChar: ' '
};

/***/ }),

/***/ 8170:
/***/ ((module) => {

// cli-progress legacy style as of 1.x
module.exports = {
    format: ' {bar} {percentage}% | ETA: {eta}s | {value}/{total}',
    barCompleteChar: '\u2588',
    barIncompleteChar: '\u2591'
};

/***/ }),

/***/ 3351:
/***/ ((module) => {


// cli-progress legacy style as of 1.x
module.exports = {
    format: ' \u001b[90m{bar}\u001b[0m {percentage}% | ETA: {eta}s | {value}/{total}',
    barCompleteChar: '\u2588',
    barIncompleteChar: '\u2591'
};

/***/ }),

/***/ 872:
/***/ ((module) => {



module.exports = function () {
  // https://mths.be/emoji
  return /\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F|\uD83D\uDC68(?:\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68\uD83C\uDFFB|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|[\u2695\u2696\u2708]\uFE0F|\uD83D[\uDC66\uDC67]|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708])\uFE0F|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C[\uDFFB-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)\uD83C\uDFFB|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB\uDFFC])|\uD83D\uDC69(?:\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB-\uDFFD])|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|(?:(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)\uFE0F|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\u200D[\u2640\u2642])|\uD83C\uDFF4\u200D\u2620)\uFE0F|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF4\uD83C\uDDF2|\uD83C\uDDF6\uD83C\uDDE6|[#\*0-9]\uFE0F\u20E3|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83D\uDC69(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270A-\u270D]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC70\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDCAA\uDD74\uDD7A\uDD90\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD36\uDDB5\uDDB6\uDDBB\uDDD2-\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5\uDEEB\uDEEC\uDEF4-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g;
};


/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 4519:
/***/ ((module) => {

/* eslint-disable yoda */


const isFullwidthCodePoint = codePoint => {
	if (Number.isNaN(codePoint)) {
		return false;
	}

	// Code points are derived from:
	// http://www.unix.org/Public/UNIDATA/EastAsianWidth.txt
	if (
		codePoint >= 0x1100 && (
			codePoint <= 0x115F || // Hangul Jamo
			codePoint === 0x2329 || // LEFT-POINTING ANGLE BRACKET
			codePoint === 0x232A || // RIGHT-POINTING ANGLE BRACKET
			// CJK Radicals Supplement .. Enclosed CJK Letters and Months
			(0x2E80 <= codePoint && codePoint <= 0x3247 && codePoint !== 0x303F) ||
			// Enclosed CJK Letters and Months .. CJK Unified Ideographs Extension A
			(0x3250 <= codePoint && codePoint <= 0x4DBF) ||
			// CJK Unified Ideographs .. Yi Radicals
			(0x4E00 <= codePoint && codePoint <= 0xA4C6) ||
			// Hangul Jamo Extended-A
			(0xA960 <= codePoint && codePoint <= 0xA97C) ||
			// Hangul Syllables
			(0xAC00 <= codePoint && codePoint <= 0xD7A3) ||
			// CJK Compatibility Ideographs
			(0xF900 <= codePoint && codePoint <= 0xFAFF) ||
			// Vertical Forms
			(0xFE10 <= codePoint && codePoint <= 0xFE19) ||
			// CJK Compatibility Forms .. Small Form Variants
			(0xFE30 <= codePoint && codePoint <= 0xFE6B) ||
			// Halfwidth and Fullwidth Forms
			(0xFF01 <= codePoint && codePoint <= 0xFF60) ||
			(0xFFE0 <= codePoint && codePoint <= 0xFFE6) ||
			// Kana Supplement
			(0x1B000 <= codePoint && codePoint <= 0x1B001) ||
			// Enclosed Ideographic Supplement
			(0x1F200 <= codePoint && codePoint <= 0x1F251) ||
			// CJK Unified Ideographs Extension B .. Tertiary Ideographic Plane
			(0x20000 <= codePoint && codePoint <= 0x3FFFD)
		)
	) {
		return true;
	}

	return false;
};

module.exports = isFullwidthCodePoint;
module.exports["default"] = isFullwidthCodePoint;


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 60:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const stripAnsi = __nccwpck_require__(3958);
const isFullwidthCodePoint = __nccwpck_require__(4519);
const emojiRegex = __nccwpck_require__(872);

const stringWidth = string => {
	if (typeof string !== 'string' || string.length === 0) {
		return 0;
	}

	string = stripAnsi(string);

	if (string.length === 0) {
		return 0;
	}

	string = string.replace(emojiRegex(), '  ');

	let width = 0;

	for (let i = 0; i < string.length; i++) {
		const code = string.codePointAt(i);

		// Ignore control characters
		if (code <= 0x1F || (code >= 0x7F && code <= 0x9F)) {
			continue;
		}

		// Ignore combining characters
		if (code >= 0x300 && code <= 0x36F) {
			continue;
		}

		// Surrogates
		if (code > 0xFFFF) {
			i++;
		}

		width += isFullwidthCodePoint(code) ? 2 : 1;
	}

	return width;
};

module.exports = stringWidth;
// TODO: remove this in the next major version
module.exports["default"] = stringWidth;


/***/ }),

/***/ 3958:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const ansiRegex = __nccwpck_require__(21);

module.exports = string => typeof string === 'string' ? string.replace(ansiRegex(), '') : string;


/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 3785:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("readline");

/***/ }),

/***/ 8909:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Argument } = __nccwpck_require__(9154);
const { Command } = __nccwpck_require__(4348);
const { CommanderError, InvalidArgumentError } = __nccwpck_require__(1135);
const { Help } = __nccwpck_require__(9754);
const { Option } = __nccwpck_require__(5240);

exports.DM = new Command();

exports.gu = (name) => new Command(name);
exports.Ww = (flags, description) => new Option(flags, description);
exports.er = (name, description) => new Argument(name, description);

/**
 * Expose classes
 */

exports.uB = Command;
exports.c$ = Option;
exports.ef = Argument;
exports._V = Help;

exports.b7 = CommanderError;
exports.Di = InvalidArgumentError;
exports.a2 = InvalidArgumentError; // Deprecated


/***/ }),

/***/ 9154:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }

  /**
   * Return argument name.
   *
   * @return {string}
   */

  name() {
    return this._name;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }

  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

exports.Argument = Argument;
exports.humanReadableArgName = humanReadableArgName;


/***/ }),

/***/ 4348:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(8474).EventEmitter);
const childProcess = __nccwpck_require__(1421);
const path = __nccwpck_require__(6760);
const fs = __nccwpck_require__(3024);
const process = __nccwpck_require__(1708);

const { Argument, humanReadableArgName } = __nccwpck_require__(9154);
const { CommanderError } = __nccwpck_require__(1135);
const { Help, stripColor } = __nccwpck_require__(9754);
const { Option, DualOptions } = __nccwpck_require__(5240);
const { suggestSimilar } = __nccwpck_require__(5030);

class Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => process.stdout.write(str),
      writeErr: (str) => process.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        process.stdout.isTTY ? process.stdout.columns : undefined,
      getErrHelpWidth: () =>
        process.stderr.isTTY ? process.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
      stripColor: (str) => stripColor(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
  }

  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

    return this;
  }

  /**
   * @returns {Command[]}
   * @private
   */

  _getCommandAndAncestors() {
    const result = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }

  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */

  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);

    if (desc) return this;
    return cmd;
  }

  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */

  createCommand(name) {
    return new Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

    this._helpConfiguration = configuration;
    return this;
  }

  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureOutput(configuration) {
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }

  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }

  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }

  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */

  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }

    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();

    return this;
  }

  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */

  createArgument(name, description) {
    return new Argument(name, description);
  }

  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }

  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */

  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }

  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }

  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */

  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

    return this;
  }

  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }

  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
      }
      return this._helpCommand;
    }
    return null;
  }

  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */

  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }

  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */

  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
        }
      };
    }
    return this;
  }

  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */

  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    process.exit(exitCode);
  }

  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */

  action(fn) {
    const listener = (args) => {
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);

      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }

  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */

  createOption(flags, description) {
    return new Option(flags, description);
  }

  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */

  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }

  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */

  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }

    this._initOptionGroup(option);
    this.options.push(option);
  }

  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */

  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
      );
    }

    this._initCommandGroup(command);
    this.commands.push(command);
  }

  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);

    const oname = option.name();
    const name = option.attributeName();

    // store default value
    if (option.negate) {
      // --no-foo is special and defaults foo to true, unless a --foo option is already defined
      const positiveLongFlag = option.long.replace(/^--no-/, '--');
      if (!this._findOption(positiveLongFlag)) {
        this.setOptionValueWithSource(
          name,
          option.defaultValue === undefined ? true : option.defaultValue,
          'default',
        );
      }
    } else if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }

    return this;
  }

  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }

    return this.addOption(option);
  }

  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }

  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue,
    );
  }

  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }

  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }

  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }

  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }

  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }

  /**
   * @private
   */

  _checkForBrokenPassThrough() {
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }

  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */

  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }

  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */

  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }

  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */

  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, undefined);
  }

  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */

  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }

  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }

  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSourceWithGlobals(key) {
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (cmd.getOptionValueSource(key) !== undefined) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }

  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */

  _prepareUserArgs(argv, parseOptions) {
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (process.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = process.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = process.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (process.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

    return userArgs;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */

  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);

    return this;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */

  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);

    return this;
  }

  _prepareForParse() {
    if (this._savedState === null) {
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }

  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }

  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
    this.processedArgs = [];
  }

  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }

  /**
   * Execute a sub-command executable.
   *
   * @private
   */

  _executeSubCommand(subcommand, args) {
    args = args.slice();
    let launchWithNode = false; // Use node for source targets so do not need to get permissions correct, and on Windows.
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(path.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        fs.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    launchWithNode = sourceExt.includes(path.extname(executableFile));

    let proc;
    if (process.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(process.execArgv).concat(args);

        proc = childProcess.spawn(process.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(process.execArgv).concat(args);
      proc = childProcess.spawn(process.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        process.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        process.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
    this.runningCommand = proc;
  }

  /**
   * @private
   */

  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });

    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      'preSubcommand',
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }

  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */

  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }

  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */

  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }

  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCall(promise, fn) {
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
    return fn();
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }

    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== undefined) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }

  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */

  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };

    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();

      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
    );
  }

  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */

  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }

  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */

  _checkForMissingMandatoryOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }

  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }

  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }

  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */

  parseOptions(args) {
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
      dest.push(arg);
    }

    return { operands, unknown };
  }

  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }

    return this._optionValues;
  }

  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }

  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }

  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }

  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
            );
          });
      });
  }

  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }

  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */

  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;

    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }

  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */

  version(str, flags, description) {
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }

  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === undefined && argsDescription === undefined)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }

  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === undefined) return this._summary;
    this._summary = str;
    return this;
  }

  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */

  alias(alias) {
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }

    command._aliases.push(alias);
    return this;
  }

  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */

  aliases(aliases) {
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

    aliases.forEach((alias) => this.alias(alias));
    return this;
  }

  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  usage(str) {
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }

    this._usage = str;
    return this;
  }

  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  name(str) {
    if (str === undefined) return this._name;
    this._name = str;
    return this;
  }

  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */

  helpGroup(heading) {
    if (heading === undefined) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:);
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === undefined) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === undefined) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }

  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }

  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }

  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or require.main.filename, or __filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(require.main.filename);
   *
   * @param {string} filename
   * @return {Command}
   */

  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));

    return this;
  }

  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(__dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
    return this;
  }

  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */

  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }

  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */

  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }

  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
    );
  }

  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help' 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */

  helpOption(flags, description) {
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
    if (flags || description) this._initOptionGroup(this._helpOption);

    return this;
  }

  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
    }
    return this._helpOption;
  }

  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }

  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }

  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */

  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
      }
    });
    return this;
  }

  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */

  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-port=[host:]port
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
    ) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // e.g. --inspect=localhost
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null
    ) {
      // e.g. --inspect=localhost:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    process.env.NO_COLOR ||
    process.env.FORCE_COLOR === '0' ||
    process.env.FORCE_COLOR === 'false'
  )
    return false;
  if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

exports.Command = Command;
exports.useColor = useColor; // exporting for tests


/***/ }),

/***/ 1135:
/***/ ((__unused_webpack_module, exports) => {

/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

exports.CommanderError = CommanderError;
exports.InvalidArgumentError = InvalidArgumentError;


/***/ }),

/***/ 9754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { humanReadableArgName } = __nccwpck_require__(9154);

/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }

  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }

  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */

  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }

  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }

  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }

  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];

    const globalOptions = [];
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }

  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */

  visibleArguments(cmd) {
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }

  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandTerm(cmd) {
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }

  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */

  optionTerm(option) {
    return option.flags;
  }

  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */

  argumentTerm(argument) {
    return argument.name();
  }

  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
      );
    }, 0);
  }

  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
      );
    }, 0);
  }

  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandUsage(cmd) {
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.description();
  }

  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.summary() || cmd.description();
  }

  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */

  optionDescription(option) {
    const extraInfo = [];

    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }

    return option.description;
  }

  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */

  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }

  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];

    return [helper.styleTitle(heading), ...items, ''];
  }

  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }

  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */

  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
  }

  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return stripColor(str).length;
  }

  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }

  styleUsage(str) {
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }

  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }

  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }

  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
  }

  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;

    const rawLines = str.split(/\r\n|\n/);
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

/**
 * Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
 *
 * @param {string} str
 * @returns {string}
 * @package
 */

function stripColor(str) {
  // eslint-disable-next-line no-control-regex
  const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
  return str.replace(sgrPattern, '');
}

exports.Help = Help;
exports.stripColor = stripColor;


/***/ }),

/***/ 5240:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\w\.\.\.[>\]]$/.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */

  preset(arg) {
    this.presetArg = arg;
    return this;
  }

  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */

  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }

  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }

  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */

  env(name) {
    this.envVar = name;
    return this;
  }

  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */

  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }

  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */

  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Return option name.
   *
   * @return {string}
   */

  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }

  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }

  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */

  is(arg) {
    return this.short === arg || this.long === arg;
  }

  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */

  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }

  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);

    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

exports.Option = Option;
exports.DualOptions = DualOptions;


/***/ }),

/***/ 5030:
/***/ ((__unused_webpack_module, exports) => {

const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost = 1;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });

  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }

  if (similar.length > 1) {
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

exports.suggestSimilar = suggestSimilar;


/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./node_modules/commander/index.js
var commander = __nccwpck_require__(8909);
;// CONCATENATED MODULE: ./node_modules/commander/esm.mjs


// wrapper to provide named exports for ESM.
const {
  /* program */ "DM": program,
  /* createCommand */ "gu": createCommand,
  /* createArgument */ "er": createArgument,
  /* createOption */ "Ww": createOption,
  /* CommanderError */ "b7": CommanderError,
  /* InvalidArgumentError */ "Di": InvalidArgumentError,
  /* InvalidOptionArgumentError */ "a2": InvalidOptionArgumentError, // deprecated old name
  /* Command */ "uB": Command,
  /* Argument */ "ef": Argument,
  /* Option */ "c$": Option,
  /* Help */ "_V": Help,
} = commander;

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __nccwpck_require__(2463);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/plan/cost.ts
const DEFAULT_COST_MODEL = {
    startupSeconds: 0.05,
    messagesPerSecond: { throughput: 10_000_000, pingpong: 500_000, 'same-thread': 50_000_000 }
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
function sampleSeconds(cell, model) {
    return model.startupSeconds + (cell.messages + cell.warmupMessages) / model.messagesPerSecond[cell.mode];
}
/**
 * A per-sample timeout that only fires on a hung process: twenty times the pessimistic estimate, and never less
 * than 30 s (a cold page cache or a busy runner can stretch a launch far beyond its usual cost).
 */
function defaultTimeoutMs(cell, model = DEFAULT_COST_MODEL) {
    return Math.max(30_000, Math.ceil(20 * sampleSeconds(cell, model) * 1000));
}

;// CONCATENATED MODULE: ./schema/native-record.schema.json
const native_record_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/numa-spsc-bench/numa-spsc-bench/schema/native-record.schema.json","title":"numa-spsc-bench driver line","description":"The one JSON line a benchmark driver prints per run (native/README.md).","definitions":{"idOrNull":{"type":["integer","null"],"minimum":0},"countOrNull":{"type":["integer","null"],"minimum":0},"ids":{"type":"array","items":{"type":"integer","minimum":0}},"pageNodes":{"type":["object","null"],"required":["pages","nodesBefore","nodesAfter"],"properties":{"pages":{"type":"integer","minimum":0},"nodesBefore":{"$ref":"#/definitions/ids"},"nodesAfter":{"$ref":"#/definitions/ids"}}},"nonNegative":{"type":"number","minimum":0}},"type":"object","required":["schema","implementation","params","observed","results","perf","valid","invalidReasons"],"properties":{"schema":{"const":"numa-spsc-bench/run@1"},"implementation":{"type":"string","minLength":1,"maxLength":100},"params":{"type":"object","required":["mode","producerCpu","consumerCpu","slotsNode","indexNode","padding","capacity","payload","messages","warmupMessages"],"properties":{"mode":{"enum":["throughput","pingpong","same-thread"]},"producerCpu":{"$ref":"#/definitions/idOrNull"},"consumerCpu":{"$ref":"#/definitions/idOrNull"},"slotsNode":{"$ref":"#/definitions/idOrNull"},"indexNode":{"$ref":"#/definitions/idOrNull"},"padding":{"$ref":"#/definitions/countOrNull"},"capacity":{"type":"integer","minimum":1},"payload":{"type":"integer","minimum":1},"messages":{"type":"integer","minimum":0},"warmupMessages":{"type":"integer","minimum":0}}},"observed":{"type":"object","required":["producerCpus","consumerCpus","slots","indices","producerInvoluntarySwitches","consumerInvoluntarySwitches"],"properties":{"producerCpus":{"$ref":"#/definitions/ids"},"consumerCpus":{"$ref":"#/definitions/ids"},"slots":{"$ref":"#/definitions/pageNodes"},"indices":{"$ref":"#/definitions/pageNodes"},"producerInvoluntarySwitches":{"$ref":"#/definitions/countOrNull"},"consumerInvoluntarySwitches":{"$ref":"#/definitions/countOrNull"}}},"results":{"type":"object","required":["messages","elapsedNs","messagesPerSecond","rttNs"],"properties":{"messages":{"type":"integer","minimum":0},"elapsedNs":{"type":"integer","minimum":0},"messagesPerSecond":{"type":["number","null"],"minimum":0},"rttNs":{"type":["object","null"],"required":["p50","p90","p99","p999","max"],"properties":{"p50":{"$ref":"#/definitions/nonNegative"},"p90":{"$ref":"#/definitions/nonNegative"},"p99":{"$ref":"#/definitions/nonNegative"},"p999":{"$ref":"#/definitions/nonNegative"},"max":{"$ref":"#/definitions/nonNegative"}}}}},"perf":{"type":"object","required":["cycles","instructions","llcMisses","unavailableReason"],"properties":{"cycles":{"$ref":"#/definitions/countOrNull"},"instructions":{"$ref":"#/definitions/countOrNull"},"llcMisses":{"$ref":"#/definitions/countOrNull"},"unavailableReason":{"type":["string","null"]}}},"valid":{"type":"boolean"},"invalidReasons":{"type":"array","items":{"type":"string"}}}}');
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
function parseNativeLine(line, source = 'driver') {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        throw new NativeOutputError(`${source}: output is not a JSON line: ${JSON.stringify(line.slice(0, 120))}`);
    }
    if (!validator(value))
        throw new NativeOutputError(`${source}: ${describe(validator.errors?.[0], value)}`);
    const record = value;
    if (record.valid && record.invalidReasons.length > 0) {
        throw new NativeOutputError(`${source}: /valid is true but invalidReasons lists ${record.invalidReasons.length} reason(s)`);
    }
    return record;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/native/build.ts
/**
 * Builds native/ with make and the machine's cc into a directory outside the sources, once: the build is reused while
 * the sources and the compiler are the same (a stamp of both is kept beside the binary).
 */






const execFileAsync = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_.execFile);
class NativeBuildError extends Error {
    name = 'NativeBuildError';
}
/** Walks up from a module (dist/index.js, dist/cli/index.js or src/…) to the folder that holds native/Makefile. */
function findNativeSourceDir(fromUrl) {
    let directory = (0,external_node_path_.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(fromUrl));
    for (;;) {
        const candidate = (0,external_node_path_.join)(directory, 'native');
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(candidate, 'Makefile')))
            return candidate;
        const parent = (0,external_node_path_.dirname)(directory);
        if (parent === directory) {
            throw new NativeBuildError(`native/Makefile not found above ${(0,external_node_path_.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(fromUrl))}: is this a full checkout?`);
        }
        directory = parent;
    }
}
async function firstLine(command, args, what) {
    try {
        const { stdout } = await execFileAsync(command, args);
        return stdout.split('\n')[0].trim();
    }
    catch (error) {
        throw new NativeBuildError(`${what}: "${command} ${args.join(' ')}" failed: ${error.message}`);
    }
}
function sourceHash(sourceDir, compiler, flags) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${compiler}\n${flags}\n`);
    const files = (0,external_node_fs_.readdirSync)(sourceDir, { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(c|h|sh)$|(^|\/)Makefile$/.test(file) && !file.startsWith('build'))
        .sort();
    for (const file of files)
        hash.update(`${file}\n`).update((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(sourceDir, file)));
    return hash.digest('hex');
}
async function buildNative(options) {
    const sourceDir = (0,external_node_path_.resolve)(options.sourceDir);
    const buildDir = (0,external_node_path_.resolve)(options.buildDir);
    const cc = options.cc ?? process.env.CC ?? 'cc';
    const make = ['-s', '-C', sourceDir, `BUILD_DIR=${buildDir}`, `CC=${cc}`];
    const compiler = await firstLine(cc, ['--version'], 'C compiler');
    const flags = await firstLine('make', [...make, 'print-flags'], 'make');
    const binary = (0,external_node_path_.join)(buildDir, 'spsc-bench');
    const stampFile = (0,external_node_path_.join)(buildDir, 'source.stamp');
    const stamp = sourceHash(sourceDir, compiler, flags);
    if ((0,external_node_fs_.existsSync)(binary) && (0,external_node_fs_.existsSync)(stampFile) && (0,external_node_fs_.readFileSync)(stampFile, 'utf8') === stamp) {
        return { binary, rebuilt: false, compiler, flags };
    }
    (0,external_node_fs_.mkdirSync)(buildDir, { recursive: true });
    try {
        await execFileAsync('make', [...make, '-B', binary], { maxBuffer: 16 * 1024 * 1024 });
    }
    catch (error) {
        const stderr = (error.stderr ?? '').trim();
        throw new NativeBuildError(`building ${sourceDir} with ${compiler} failed:\n${stderr || error.message}`);
    }
    (0,external_node_fs_.writeFileSync)(stampFile, stamp);
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
        repetition: context.repetition,
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
    const reasons = record.valid
        ? []
        : record.invalidReasons.length > 0
            ? [...record.invalidReasons]
            : ['reported valid: false without a reason'];
    reasons.push(...placementMismatches(cell, record));
    return sample(reasons, record);
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
    if (!subject && record.implementation !== 'reference') {
        reasons.push(`implementation is "${record.implementation}", the reference driver was asked for`);
    }
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

;// CONCATENATED MODULE: ./src/run/environment.ts
/** What moves numbers besides the code: recorded once per run so two runs can be told apart. */




/**
 * The environment at the start of a run. The compiler and its flags come from the caller (the native build knows
 * them); loadAverageEnd and finishedAt are filled in when the run ends.
 */
function captureEnvironment(topology, root = '/', cwd = process.cwd()) {
    const now = new Date().toISOString();
    return {
        hostname: (0,external_node_os_namespaceObject.hostname)(),
        kernel: (0,external_node_os_namespaceObject.release)(),
        cpuModel: topology.cpuModel,
        virtualized: topology.virtualized,
        governor: governorOf(topology, root),
        numaBalancing: topology.kernel.numaBalancing,
        transparentHugepages: topology.kernel.transparentHugepages,
        compiler: null,
        compilerFlags: null,
        loadAverageStart: (0,external_node_os_namespaceObject.loadavg)(),
        loadAverageEnd: (0,external_node_os_namespaceObject.loadavg)(),
        gitCommit: gitCommit(cwd),
        startedAt: now,
        finishedAt: now
    };
}
/** The scaling governor of the CPUs this process may use; several distinct ones are listed, e.g. "performance,powersave". */
function governorOf(topology, root) {
    const governors = new Set();
    for (const cpu of topology.allowedCpus) {
        try {
            governors.add((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, `sys/devices/system/cpu/cpu${cpu}/cpufreq/scaling_governor`), 'utf8').trim());
        }
        catch {
            // No cpufreq driver for this CPU (common in VMs): nothing to record.
        }
    }
    return governors.size === 0 ? null : [...governors].sort().join(',');
}
function gitCommit(cwd) {
    try {
        const commit = (0,external_node_child_process_.execFileSync)('git', ['rev-parse', 'HEAD'], {
            cwd,
            stdio: ['ignore', 'pipe', 'ignore'],
            encoding: 'utf8'
        });
        return /^[0-9a-f]{40,64}$/.test(commit.trim()) ? commit.trim() : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/run/launch.ts
/**
 * One sample = one fresh process: the native driver or the user's subject command, started without a shell, with the
 * cell's placement as command-line options (and, for subjects, as environment variables; docs/subject-protocol.md).
 */

const SUBJECT_PROTOCOL_VERSION = 1;
const ENV_PREFIX = 'NUMA_SPSC_BENCH_';
/** Enough for one JSON line with percentiles and observed CPU lists, with room for a subject's chatter. */
const STDOUT_LIMIT = 1024 * 1024;
const STDERR_TAIL = 2000;
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
function launch(argv, environment, timeoutMs, signal) {
    return new Promise((resolve) => {
        const [command, ...args] = argv;
        const child = (0,external_node_child_process_.spawn)(command, args, {
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, ...environment }
        });
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        let aborted = false;
        let spawnError = null;
        child.stdout.setEncoding('utf8').on('data', (chunk) => {
            if (stdout.length < STDOUT_LIMIT)
                stdout += chunk;
        });
        child.stderr.setEncoding('utf8').on('data', (chunk) => {
            stderr = (stderr + chunk).slice(-STDERR_TAIL);
        });
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, timeoutMs);
        const onAbort = () => {
            aborted = true;
            child.kill('SIGKILL');
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        let settled = false;
        const finish = (exitCode, exitSignal) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            resolve({ exitCode, signal: exitSignal, stdout, stderrTail: stderr.trim(), timedOut, aborted, spawnError });
        };
        child.on('error', (error) => {
            spawnError = error.message;
            // A process that never started emits no 'close' on every Node version.
            if (child.pid === undefined)
                finish(null, null);
        });
        child.on('close', finish);
    });
}

;// CONCATENATED MODULE: ./src/run/order.ts
/** The seeded, interleaved order of a run: every repetition of every cell, shuffled together. */
/** mulberry32: a tiny 32-bit PRNG; good enough to shuffle, and the same seed gives the same order on any machine. */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let mixed = state;
        mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
        mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
        return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
    };
}
/**
 * Interleaving spreads slow drift (thermal, a neighbour's job, frequency) over all cells instead of biasing the
 * cells that happened to run last.
 */
function interleavedOrder(cellCount, repetitions, seed) {
    const slots = [];
    for (let repetition = 0; repetition < repetitions; repetition++) {
        for (let cellIndex = 0; cellIndex < cellCount; cellIndex++)
            slots.push({ cellIndex, repetition });
    }
    const random = seededRandom(seed);
    for (let index = slots.length - 1; index > 0; index--) {
        const other = Math.floor(random() * (index + 1));
        [slots[index], slots[other]] = [slots[other], slots[index]];
    }
    return slots;
}

;// CONCATENATED MODULE: ./src/run/types.ts
const RESULTS_SCHEMA_VERSION = 1;

;// CONCATENATED MODULE: ./src/run/runner.ts
/** Runs a plan: every sample a fresh process, in the seeded interleaved order, each failure recorded, never fatal. */










async function runPlan(plan, options) {
    const needsSubject = plan.cells.some((cell) => cell.subject === 'subject');
    if (needsSubject && (options.subjectCommand === undefined || options.subjectCommand.length === 0)) {
        throw new Error('run: the plan has subject cells but no subject command was given (subject-command)');
    }
    if (plan.cells.some((cell) => cell.subject === 'reference') && !(0,external_node_fs_.existsSync)(options.binary)) {
        throw new Error(`run: the native driver ${options.binary} does not exist; build native/ first`);
    }
    const environment = { ...captureEnvironment(options.topology, options.root), ...options.environment };
    const cells = plan.cells.map((cell) => ({ cell, samples: [] }));
    const order = interleavedOrder(plan.cells.length, plan.repetitions, options.seed ?? plan.seed);
    let interrupted = false;
    for (const [position, slot] of order.entries()) {
        if (options.signal?.aborted) {
            interrupted = true;
            break;
        }
        const cell = plan.cells[slot.cellIndex];
        const subject = cell.subject === 'subject';
        const argv = subject
            ? [...(options.subjectCommand ?? []), ...driverArgs(cell)]
            : [options.binary, ...driverArgs(cell)];
        const timeoutMs = options.timeoutMs ?? defaultTimeoutMs(cell);
        const outcome = await launch(argv, subject ? subjectEnvironment(cell) : {}, timeoutMs, options.signal);
        // Ctrl-C on a terminal reaches the child too (same process group), and it may die of it before our handler
        // aborts: either way the sample was interrupted, not measured.
        if (outcome.aborted || outcome.signal === 'SIGINT') {
            interrupted = true;
            break;
        }
        const sample = sampleOf(cell, outcome, {
            repetition: slot.repetition,
            order: position,
            source: `${subject ? 'subject' : 'driver'} output for ${cell.key} (repetition ${slot.repetition + 1})`,
            timeoutMs
        });
        cells[slot.cellIndex].samples.push(sample);
        options.onProgress?.(position + 1, order.length, sample, cell);
    }
    for (const result of cells)
        result.samples.sort((a, b) => a.repetition - b.repetition);
    return {
        schemaVersion: RESULTS_SCHEMA_VERSION,
        tool: { name: 'numa-spsc-bench', version: toolVersion() },
        topology: options.topology,
        plan,
        environment: { ...environment, loadAverageEnd: (0,external_node_os_namespaceObject.loadavg)(), finishedAt: new Date().toISOString() },
        cells,
        interrupted
    };
}
/** The version in our package.json, found upwards from this module (src/run/ in a checkout, dist/ when bundled). */
function toolVersion() {
    let directory = (0,external_node_path_.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
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
const results_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/numa-spsc-bench/numa-spsc-bench/schema/results.schema.json","title":"numa-spsc-bench results.json","description":"One run: the machine, the plan, the environment and every raw sample of every cell. Unknown extra fields are allowed so newer writers can add optional data.","definitions":{"topology":{"type":"object","required":["root","numaCapable","nodes","distances","packages","dies","cores","pus","smt","cpus","l3Domains","allowedCpus","cpuModel","virtualized","kernel","fingerprint","warnings"],"properties":{"root":{"type":"string"},"numaCapable":{"type":"boolean"},"nodes":{"type":"array","items":{"type":"object","required":["id","cpus","memoryMiB"],"properties":{"id":{"type":"integer"},"cpus":{"type":"array","items":{"type":"integer"}},"memoryMiB":{"type":["number","null"]}}}},"distances":{"type":["array","null"],"items":{"type":"array","items":{"type":"number"}}},"packages":{"type":"integer"},"dies":{"type":"integer"},"cores":{"type":"integer"},"pus":{"type":"integer"},"smt":{"type":"boolean"},"cpus":{"type":"array","items":{"type":"object","required":["id","node","package","die","core","l3","siblings"],"properties":{"id":{"type":"integer"},"node":{"type":["integer","null"]},"package":{"type":"integer"},"die":{"type":"integer"},"core":{"type":"integer"},"l3":{"type":["integer","null"]},"siblings":{"type":"array","items":{"type":"integer"}}}}},"l3Domains":{"type":"array","items":{"type":"array","items":{"type":"integer"}}},"allowedCpus":{"type":"array","items":{"type":"integer"}},"cpuModel":{"type":["string","null"]},"virtualized":{"type":"boolean"},"kernel":{"type":"object","required":["numaBalancing","transparentHugepages","transparentHugepagesDefrag"],"properties":{"numaBalancing":{"type":["string","null"]},"transparentHugepages":{"type":["string","null"]},"transparentHugepagesDefrag":{"type":["string","null"]}}},"fingerprint":{"type":"string"},"warnings":{"type":"array","items":{"type":"string"}}}},"cell":{"type":"object","required":["key","subject","mode","placementClass","producerCpu","consumerCpu","pinned","memoryHome","memoryNode","padding","capacity","payload","messages","warmupMessages"],"properties":{"key":{"type":"string","minLength":1},"subject":{"enum":["reference","subject"]},"mode":{"enum":["throughput","pingpong","same-thread"]},"placementClass":{"enum":["smt-sibling","same-l3","same-node","same-package","cross-package","unpinned"]},"producerCpu":{"type":["integer","null"]},"consumerCpu":{"type":["integer","null"]},"pinned":{"type":"boolean"},"memoryHome":{"enum":["producer","consumer","other","first-touch"]},"memoryNode":{"type":["integer","null"]},"padding":{"type":"integer","minimum":0},"capacity":{"type":"integer","minimum":1},"payload":{"type":"integer","minimum":1},"messages":{"type":"integer","minimum":1},"warmupMessages":{"type":"integer","minimum":0}}},"plan":{"type":"object","required":["cells","repetitions","seed","budgetSeconds","estimatedSeconds","dropped","unavailableClasses"],"properties":{"cells":{"type":"array","items":{"$ref":"#/definitions/cell"}},"repetitions":{"type":"integer","minimum":1},"seed":{"type":"number"},"budgetSeconds":{"type":"number"},"estimatedSeconds":{"type":"number"},"dropped":{"type":"array","items":{"type":"object","required":["what","why"],"properties":{"what":{"type":"string"},"why":{"type":"string"}}}},"unavailableClasses":{"type":"array","items":{"type":"object","required":["name","reason"],"properties":{"name":{"enum":["smt-sibling","same-l3","same-node","same-package","cross-package"]},"reason":{"type":"string"}}}}}},"environment":{"type":"object","required":["hostname","kernel","cpuModel","virtualized","governor","numaBalancing","transparentHugepages","compiler","compilerFlags","loadAverageStart","loadAverageEnd","gitCommit","startedAt","finishedAt"],"properties":{"hostname":{"type":"string"},"kernel":{"type":"string"},"cpuModel":{"type":["string","null"]},"virtualized":{"type":"boolean"},"governor":{"type":["string","null"]},"numaBalancing":{"type":["string","null"]},"transparentHugepages":{"type":["string","null"]},"compiler":{"type":["string","null"]},"compilerFlags":{"type":["string","null"]},"loadAverageStart":{"type":"array","items":{"type":"number"}},"loadAverageEnd":{"type":"array","items":{"type":"number"}},"gitCommit":{"type":["string","null"]},"startedAt":{"type":"string"},"finishedAt":{"type":"string"}}},"sample":{"type":"object","required":["repetition","order","valid","invalidReasons","record"],"properties":{"repetition":{"type":"integer","minimum":0},"order":{"type":"integer","minimum":0},"valid":{"type":"boolean"},"invalidReasons":{"type":"array","items":{"type":"string"}},"record":{"$ref":"#/definitions/recordOrNull"}}},"recordOrNull":{"type":["object","null"],"required":["schema","implementation","params","observed","results","perf","valid","invalidReasons"],"properties":{"schema":{"const":"numa-spsc-bench/run@1"},"implementation":{"type":"string"},"params":{"type":"object","required":["mode","producerCpu","consumerCpu","slotsNode","indexNode","padding","capacity","payload","messages","warmupMessages"],"properties":{"mode":{"enum":["throughput","pingpong","same-thread"]},"producerCpu":{"type":["integer","null"]},"consumerCpu":{"type":["integer","null"]},"slotsNode":{"type":["integer","null"]},"indexNode":{"type":["integer","null"]},"padding":{"type":["integer","null"]},"capacity":{"type":"integer"},"payload":{"type":"integer"},"messages":{"type":"integer"},"warmupMessages":{"type":"integer"}}},"observed":{"type":"object","required":["producerCpus","consumerCpus","slots","indices","producerInvoluntarySwitches","consumerInvoluntarySwitches"],"properties":{"producerCpus":{"type":"array","items":{"type":"integer"}},"consumerCpus":{"type":"array","items":{"type":"integer"}},"slots":{"type":["object","null"],"required":["pages","nodesBefore","nodesAfter"],"properties":{"pages":{"type":"integer"},"nodesBefore":{"type":"array","items":{"type":"integer"}},"nodesAfter":{"type":"array","items":{"type":"integer"}}}},"indices":{"type":["object","null"],"required":["pages","nodesBefore","nodesAfter"],"properties":{"pages":{"type":"integer"},"nodesBefore":{"type":"array","items":{"type":"integer"}},"nodesAfter":{"type":"array","items":{"type":"integer"}}}},"producerInvoluntarySwitches":{"type":["number","null"]},"consumerInvoluntarySwitches":{"type":["number","null"]}}},"results":{"type":"object","required":["messages","elapsedNs","messagesPerSecond","rttNs"],"properties":{"messages":{"type":"number"},"elapsedNs":{"type":"number"},"messagesPerSecond":{"type":["number","null"]},"rttNs":{"type":["object","null"],"required":["p50","p90","p99","p999","max"],"properties":{"p50":{"type":"number"},"p90":{"type":"number"},"p99":{"type":"number"},"p999":{"type":"number"},"max":{"type":"number"}}}}},"perf":{"type":"object","required":["cycles","instructions","llcMisses","unavailableReason"],"properties":{"cycles":{"type":["number","null"]},"instructions":{"type":["number","null"]},"llcMisses":{"type":["number","null"]},"unavailableReason":{"type":["string","null"]}}},"valid":{"type":"boolean"},"invalidReasons":{"type":"array","items":{"type":"string"}}}}},"type":"object","required":["schemaVersion","tool","topology","plan","environment","cells","interrupted"],"properties":{"schemaVersion":{"const":1},"tool":{"type":"object","required":["name","version"],"properties":{"name":{"const":"numa-spsc-bench"},"version":{"type":"string"}}},"topology":{"$ref":"#/definitions/topology"},"plan":{"$ref":"#/definitions/plan"},"environment":{"$ref":"#/definitions/environment"},"cells":{"type":"array","items":{"type":"object","required":["cell","samples"],"properties":{"cell":{"$ref":"#/definitions/cell"},"samples":{"type":"array","items":{"$ref":"#/definitions/sample"}}}}},"interrupted":{"type":"boolean"}}}');
;// CONCATENATED MODULE: ./src/run/results.ts
/**
 * results.json: validated against schema/results.schema.json on every read, written atomically so a failed or
 * interrupted write never leaves half a file where a good one was.
 */





const RESULTS_FILE_NAME = 'results.json';
const results_validator = new ajv.Ajv({ allErrors: false, strict: false }).compile(results_schema_namespaceObject);
function validateResults(value, source) {
    const version = value?.schemaVersion;
    if (typeof version === 'number' && version > RESULTS_SCHEMA_VERSION) {
        throw new Error(`${source}: schemaVersion ${version} was written by a newer numa-spsc-bench; this version reads ` +
            `schemaVersion ${RESULTS_SCHEMA_VERSION}. Update numa-spsc-bench to read it.`);
    }
    if (!results_validator(value))
        throw new Error(`${source}: ${results_describe(results_validator.errors?.[0])}`);
    return value;
}
function results_describe(error) {
    if (error === undefined)
        return 'does not match schema/results.schema.json';
    const path = error.instancePath === '' ? '(top level)' : error.instancePath;
    const allowed = error.keyword === 'enum' ? ` (${error.params.allowedValues.join(', ')})` : '';
    const expected = error.keyword === 'const' ? ` ${JSON.stringify(error.params.allowedValue)}` : '';
    return `${path} ${error.message ?? 'is invalid'}${allowed}${expected}`;
}
function readResultsFile(path) {
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
/**
 * Writes DIR/results.json (creating DIR) through a temporary file and a rename; returns the path written. The results
 * are validated first, so a file that its own readers would reject never replaces a good one.
 */
function writeResultsFile(directory, results) {
    const path = (0,external_node_path_.join)(directory, RESULTS_FILE_NAME);
    validateResults(JSON.parse(JSON.stringify(results)), `${path} (not written)`);
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
        const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
        for (const line of table)
            lines.push(line
                .map((field, column) => field.padEnd(widths[column]))
                .join('  ')
                .trimEnd());
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
var cli_progress = __nccwpck_require__(8502);
var cli_progress_default = /*#__PURE__*/__nccwpck_require__.n(cli_progress);
;// CONCATENATED MODULE: ./src/run/progress.ts
/**
 * Progress of a run: a bar with an ETA on a terminal; in logs (CI) a plain line every few seconds, since a bar's
 * carriage returns turn into one unreadable line per redraw there.
 */

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
        const left = done > 0 ? (elapsed / done) * (total - done) : null;
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
/** Checks a record before it is written, so nothing a reader would reject is ever stored. */
function checkRecord(record, source) {
    const fingerprint = checkFingerprint(record.results.topology.fingerprint, source);
    const text = encodeRecord(record);
    decodeRecord(text, `${source} (not written)`, fingerprint);
    return fingerprint;
}
function encodeRecord(record) {
    const file = {
        schema: BASELINE_RECORD_SCHEMA,
        schemaVersion: BASELINE_RECORD_VERSION,
        fingerprint: record.results.topology.fingerprint,
        commitSha: record.commitSha,
        ref: record.ref,
        runId: record.runId,
        savedAt: record.savedAt,
        results: record.results
    };
    return `${JSON.stringify(file, null, 2)}\n`;
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
        (0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')
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
        const current = this.readRecord(currentPath(fingerprint), fingerprint);
        const text = encodeRecord(record);
        const historyFile = this.location(historyPath(fingerprint, record));
        this.writeNew(historyFile, text);
        if (current === null || current.savedAt <= record.savedAt)
            this.replace(this.location(currentPath(fingerprint)), text);
        return historyFile;
    }
    temporaryNextTo(path, text) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.tmp-${process.pid}-${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}`);
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
function sleep(ms) {
    return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}
/** Pushes another writer won are worth retrying; anything else (auth, network, hooks) is reported at once. */
function lostRace(stderr) {
    return /\[(remote )?rejected\]|non-fast-forward|fetch first|cannot lock ref|failed to update ref|reference already exists/.test(stderr);
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
            if (!lostRace(output) || attempt >= this.retry.attempts) {
                const gaveUp = lostRace(output) ? ` (another writer kept winning; gave up after ${attempt} attempts)` : '';
                throw new Error(`${this.describe()}: could not push the record ${path}${gaveUp}: ${output}`);
            }
            // "Full jitter": writers that lost the same race spread over the whole window instead of colliding again. The
            // window is at least one attempt long, so on a slow (loaded) machine the writers still take turns.
            const ceiling = Math.min(this.retry.maxDelayMs, Math.max(this.retry.baseDelayMs, attemptMs) * 2 ** (attempt - 1));
            const delay = Math.round(random() * ceiling);
            this.options.onRetry?.(attempt, delay, output);
            await sleep(delay);
        }
    }
    /** One attempt: the record applied on the branch as it is now on the remote, pushed without force. */
    async commitAndPush(fingerprint, record, path, blob) {
        const { repoDir, branch } = this.options;
        const tip = await this.fetchTip();
        const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_namespaceObject.tmpdir)(), 'numa-spsc-bench-index-'));
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
/** Median of values already sorted ascending (mean of the two middle values for an even count, as numpy does). */
function sortedMedian(sorted) {
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
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
            return (lower + sorted[index]) / 2;
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

;// CONCATENATED MODULE: ./src/stats/random.ts
/** A 32-bit FNV-1a hash: turns a cell key or a figure label into a seed, so a bootstrap interval is the same every time the same data is analysed. */
function hashSeed(text) {
    let hash = 0x811c9dc5;
    for (let index = 0; index < text.length; index++) {
        hash ^= text.charCodeAt(index);
        hash = Math.imul(hash, 0x01000193);
    }
    return hash >>> 0;
}

;// CONCATENATED MODULE: ./src/stats/compare.ts





/**
 * Fewest usable samples per side for a cell to be judged. Five is the smallest count whose exact Mann-Whitney test can
 * reach p < 0.01 at all (2/C(10,5) ≈ 0.008), and whose median interval is the sample range; fewer is inconclusive.
 */
const MIN_VALID_SAMPLES = 5;
/** The parameters that do not appear in a cell key but change what is measured. */
const SHAPE_FIELDS = ['capacity', 'payload', 'messages', 'warmupMessages'];
function checkOptions(options) {
    if (!(options.alpha > 0 && options.alpha < 1))
        throw new Error(`compareResults: alpha is ${options.alpha}, expected a number between 0 and 1`);
    if (!(options.threshold >= 0 && options.threshold < 1)) {
        throw new Error(`compareResults: threshold is ${options.threshold}, expected a fraction from 0 up to 1 (0.05 for 5 %)`);
    }
}
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
/** What differs between two measurements of the same cell key that makes their samples incomparable; null when nothing does. */
function shapeDifference(baseline, current) {
    const differences = SHAPE_FIELDS.filter((field) => baseline[field] !== current[field]).map((field) => `${field} ${baseline[field]} → ${current[field]}`);
    return differences.length === 0 ? null : `cell parameters differ from the baseline: ${differences.join(', ')}`;
}
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
    if (significant && (worse || better) && spread !== undefined && Math.abs(change) <= spread.spread) {
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
function overallVerdict(cells) {
    for (const verdict of ['regression', 'improvement', 'no-change']) {
        if (cells.some((cell) => cell.verdict === verdict))
            return verdict;
    }
    return 'inconclusive';
}
/** A comparison of nothing, verdict 'no-baseline', saying why in `reason` (no baseline stored, another fingerprint, …). */
function noBaselineComparison(options, reason) {
    const { alpha, threshold } = options;
    return {
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
 * no-change when the shift is significant but smaller than the threshold, or when the bootstrap interval of the ratio
 * lies inside ±threshold, or when options.runToRunSpread says whole runs of unchanged code have wandered as far (the
 * test compares the samples of two runs and cannot see a shift of a whole run). The change is held against the spread
 * itself, not twice it, although two runs at opposite ends could differ by more: the spread is already the largest
 * distance seen, and doubling it would hide regressions of the very size a noisy VM makes worth catching. It is
 * inconclusive when it is missing from one run, its parameters differ, either side has fewer than MIN_VALID_SAMPLES
 * usable samples, or the data cannot tell (too noisy). The overall verdict is regression if any cell regressed, else
 * improvement if any improved, else no-change if any cell was decided, else inconclusive.
 *
 * Runs on different hardware (another topology fingerprint) are never compared: the result is verdict 'no-baseline'
 * with the reason, and no cells, which the pipeline reports as "no baseline for this hardware yet".
 */
function compareResults(baseline, current, options) {
    checkOptions(options);
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
    const adjusted = holm(tested.map((entry) => entry.row.pValue));
    const judged = new Map(tested.map((entry, index) => [entry.row, judge(entry, adjusted[index], tested.length, options)]));
    const cells = rows.map((row) => judged.get(row) ?? row);
    return {
        alpha: options.alpha,
        threshold: options.threshold,
        baselineSource: options.baselineSource,
        runToRunSpreadRuns: spreadRuns(options.runToRunSpread),
        verdict: overallVerdict(cells),
        cells,
        regressions: cells.filter((cell) => cell.verdict === 'regression').length,
        improvements: cells.filter((cell) => cell.verdict === 'improvement').length
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
    const ratio = currentSummary.median / baselineSummary.median;
    const tested = {
        row: { ...row, ratio, ratioCi, pValue: test.pValue },
        baselineCount: baselineValues.values.length,
        currentCount: currentValues.values.length
    };
    return { row: tested.row, tested };
}

;// CONCATENATED MODULE: ./src/plan/types.ts
/** Where the ring's memory (slots and indices) is bound, relative to the pair. */
const MEMORY_HOMES = ['producer', 'consumer', 'other', 'first-touch'];

;// CONCATENATED MODULE: ./src/topology/types.ts
/** What the machine is, read from sysfs/procfs. Everything downstream (plan, fingerprint, report) starts here. */
const PLACEMENT_CLASSES = ['smt-sibling', 'same-l3', 'same-node', 'same-package', 'cross-package'];

;// CONCATENATED MODULE: ./src/stats/figures.ts







/** Classes whose producer and consumer share a NUMA node: the "local" side of every class figure. */
const LOCAL_CLASSES = ['smt-sibling', 'same-l3', 'same-node'];
/**
 * The values of one metric pooled over the cells that differ only in their CPU pair: the pairs of a class are chosen
 * as interchangeable representatives of it, so a class's figure pools them rather than picking one pair.
 */
class Groups {
    values = new Map();
    static key(implementation, mode, place, padding, home) {
        return `${implementation}|${mode}|${place}|${padding}|${home}`;
    }
    add(key, values) {
        const list = this.values.get(key);
        if (list)
            list.push(...values);
        else
            this.values.set(key, [...values]);
    }
    get(implementation, mode, place, padding, home) {
        return this.values.get(Groups.key(implementation, mode, place, padding, home)) ?? [];
    }
}
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
 * The NUMA figures of one run: ratios of pooled medians (subject group / reference group) with bootstrap 95 % CIs.
 *
 * Every figure varies one thing and holds the rest at a canonical setting, so that, e.g., the class figures are not
 * mixed with padding effects: padding 64 (else the smallest padding measured; per implementation, and the subject's own
 * padding for subject against reference) and memory on the producer's node (else first touch). Per implementation and mode (metric: messages/s for throughput and
 * same-thread, RTT p50 for pingpong):
 * - class: each pinned class against the best local class (smt-sibling, same-l3, same-node; best median wins);
 * - padding: each other padding against the canonical one, per class;
 * - pinning: unpinned (first touch) against the best pinned class;
 * - memory-home: consumer, other and first-touch against producer, per class at the canonical padding;
 * - subject: the subject's cells against the reference's matching cells, per class (implementation 'both').
 * A figure is left out when either group has fewer than MIN_VALID_SAMPLES usable samples.
 */
function numaFigures(results, options = {}) {
    const groups = new Groups();
    const paddingsOf = new Map();
    const implementations = new Set();
    const modes = new Set();
    for (const result of results.cells) {
        const { cell } = result;
        groups.add(Groups.key(cell.subject, cell.mode, cell.placementClass, cell.padding, cell.memoryHome), cellMetricValues(result, FIGURE_METRIC[cell.mode]).values);
        implementations.add(cell.subject);
        modes.add(cell.mode);
        paddingsOf.set(cell.subject, (paddingsOf.get(cell.subject) ?? new Set()).add(cell.padding));
    }
    if (results.cells.length === 0)
        return [];
    const canonicalPadding = (implementation) => canonicalSettings(results, implementation).padding;
    const home = canonicalSettings(results, results.cells[0].cell.subject).home;
    const figures = [];
    for (const mode of [...modes]) {
        const metric = FIGURE_METRIC[mode];
        const better = (left, right) => metric.direction === 'higher-is-better' ? left > right : left < right;
        const figure = (kind, label, implementation, reference, subject) => {
            if (reference.length < MIN_VALID_SAMPLES || subject.length < MIN_VALID_SAMPLES)
                return;
            const seed = hashSeed(`${kind}|${label}|${mode}|${implementation}`);
            const referenceSummary = summarize(reference);
            const subjectSummary = summarize(subject);
            figures.push({
                kind,
                label,
                mode,
                implementation,
                metric: metric.name,
                direction: metric.direction,
                reference: referenceSummary,
                subject: subjectSummary,
                ratio: subjectSummary.median / referenceSummary.median,
                ratioCi: bootstrapRatioCi(reference, subject, { seed, resamples: options.resamples })
            });
        };
        const where = (place) => (mode === 'same-thread' ? 'one CPU' : place);
        for (const implementation of [...implementations]) {
            const padding = canonicalPadding(implementation);
            const paddings = paddingsOf.get(implementation) ?? new Set();
            const at = (place, atPadding = padding, atHome = home) => groups.get(implementation, mode, place, atPadding, atHome);
            const measured = PLACEMENT_CLASSES.filter((place) => at(place).length >= MIN_VALID_SAMPLES);
            const prefix = implementation === 'subject' ? 'subject: ' : '';
            const candidates = mode === 'same-thread' ? measured : measured.filter((place) => LOCAL_CLASSES.includes(place));
            const best = candidates.reduce((winner, place) => (winner === null || better(summary_median(at(place)), summary_median(at(winner))) ? place : winner), null);
            if (best !== null && mode !== 'same-thread') {
                for (const place of measured.filter((place) => place !== best)) {
                    figure('class', `${prefix}${place} vs ${best}`, implementation, at(best), at(place));
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
        if (implementations.has('subject') && implementations.has('reference')) {
            const padding = canonicalPadding('subject');
            for (const place of [...PLACEMENT_CLASSES, 'unpinned']) {
                const placeHome = place === 'unpinned' ? 'first-touch' : home;
                figure('subject', `subject vs reference (${where(place)})`, 'both', groups.get('reference', mode, place, padding, placeHome), groups.get('subject', mode, place, padding, placeHome));
            }
        }
    }
    return figures;
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
        spreads.set(key, {
            spread: Math.max(...runMedians.map((value) => Math.abs(value / centre - 1))),
            runs: runMedians.length
        });
    }
    return spreads;
}

;// CONCATENATED MODULE: ./src/stats/index.ts











;// CONCATENATED MODULE: ./src/cli/commands.ts
/**
 * The CLI's compare and baseline commands as functions returning their output and exit status, so cli.ts stays a
 * thin argv mapping and the commands can be tested without spawning a process.
 */








/** Exit status of compare (and run) when the verdict is a regression and fail-on is "regression". */
const EXIT_REGRESSION = 1;
async function compareCommand(options) {
    const comparison = await compareWithBaselinePath(options.baseline, readResultsFile(options.current), options);
    const exitCode = options.failOn === 'regression' && comparison.verdict === 'regression' ? EXIT_REGRESSION : 0;
    const stdout = options.json
        ? `${JSON.stringify(comparisonJson(comparison), null, 2)}\n`
        : renderComparisonText(comparison);
    return { stdout, exitCode };
}
/** A run judged against what a --baseline argument names (file, record or store directory), the `compare` and `report` commands' shared step. */
async function compareWithBaselinePath(baselinePath, current, options) {
    const baseline = await readBaseline(baselinePath, current.topology.fingerprint);
    if (baseline === null) {
        return noBaselineComparison(options, `no baseline for this hardware yet: ${baselinePath} holds none for fingerprint ${current.topology.fingerprint}`);
    }
    return compareResults(baseline.results, current, {
        alpha: options.alpha,
        threshold: options.threshold,
        baselineSource: baseline.source,
        ...(baseline.history === undefined ? {} : { runToRunSpread: runToRunSpread(baseline.history) })
    });
}
/**
 * The baseline results a compare argument names, with where they came from in words. A store directory also gives the
 * recent runs of this hardware (the baseline included), for the run-to-run spread; a single file cannot.
 */
async function readBaseline(path, fingerprint) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`--baseline ${path}: no such file or directory`);
    if ((0,external_node_fs_.statSync)(path).isDirectory()) {
        const resultsInside = (0,external_node_path_.join)(path, RESULTS_FILE_NAME);
        if ((0,external_node_fs_.existsSync)(resultsInside))
            return { results: readResultsFile(resultsInside), source: `file ${resultsInside}` };
        const store = new DirectoryStore(path);
        const loaded = await store.load(fingerprint, {});
        if (loaded === null)
            return null;
        const history = (await spreadHistory(store, fingerprint, null, loaded)).map((entry) => entry.record.results);
        return { results: loaded.record.results, source: `${loaded.source} in ${path}`, history };
    }
    const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${path}: not valid JSON: ${error.message}`, { cause: error });
    }
    const schema = value?.schema;
    if (schema === BASELINE_RECORD_SCHEMA) {
        const recorded = value.fingerprint;
        const record = decodeRecord(text, path, typeof recorded === 'string' ? recorded : '');
        return {
            results: record.results,
            source: `file ${path} (commit ${record.commitSha?.slice(0, 7) ?? 'unknown'}, saved ${record.savedAt})`
        };
    }
    return { results: validateResults(value, path), source: `file ${path}` };
}
function comparisonJson(comparison) {
    return {
        verdict: comparison.verdict,
        reason: comparison.reason ?? null,
        baselineSource: comparison.baselineSource,
        alpha: comparison.alpha,
        threshold: comparison.threshold,
        runToRunSpreadRuns: comparison.runToRunSpreadRuns ?? null,
        regressions: comparison.regressions,
        improvements: comparison.improvements,
        cells: comparison.cells.map((cell) => ({
            key: cell.key,
            cellKey: cell.cellKey,
            metric: cell.metric,
            direction: cell.direction,
            baselineMedian: cell.baseline?.median ?? null,
            currentMedian: cell.current?.median ?? null,
            baseline: cell.baseline,
            current: cell.current,
            ratio: cell.ratio,
            ratioCi: cell.ratioCi,
            pValue: cell.pValue,
            adjustedP: cell.adjustedP,
            runToRunSpread: cell.runToRunSpread ?? null,
            verdict: cell.verdict,
            reason: cell.reason ?? null
        }))
    };
}
function number(value) {
    if (value === null || value === undefined)
        return '-';
    return Math.abs(value) >= 1e4 || (Math.abs(value) < 1e-3 && value !== 0)
        ? value.toExponential(3)
        : String(Number(value.toPrecision(4)));
}
function table(rows) {
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    return rows
        .map((row) => row
        .map((text, column) => text.padEnd(widths[column]))
        .join('  ')
        .trimEnd())
        .join('\n');
}
/** The overall verdict in one line, in words. */
function verdictText(comparison) {
    if (comparison.verdict === 'no-baseline')
        return `verdict: no-baseline: ${comparison.reason ?? 'no baseline to compare with'}`;
    const counted = `${comparison.regressions} regression(s), ${comparison.improvements} improvement(s) in ${comparison.cells.length} compared cell metric(s)`;
    const runs = comparison.runToRunSpreadRuns ?? null;
    return (`verdict: ${comparison.verdict}: ${counted}; baseline: ${comparison.baselineSource ?? 'unnamed'}; ` +
        `alpha ${comparison.alpha}, threshold ${number(comparison.threshold * 100)} %` +
        (runs === null ? '' : `, run-to-run spread from ${runs} baseline runs`));
}
/** The per-cell table and the verdict line. */
function renderComparisonText(comparison) {
    if (comparison.cells.length === 0)
        return `${verdictText(comparison)}\n`;
    const rows = [['verdict', 'cell', 'metric', 'baseline', 'current', 'ratio', '95% CI', 'p (Holm)']];
    for (const cell of comparison.cells) {
        rows.push([
            cell.verdict,
            cell.cellKey,
            cell.metric,
            number(cell.baseline?.median),
            number(cell.current?.median),
            number(cell.ratio),
            cell.ratioCi === null ? '-' : `[${number(cell.ratioCi[0])}, ${number(cell.ratioCi[1])}]`,
            cell.pValue === null
                ? (cell.reason ?? '-')
                : `${number(cell.pValue)} (${number(cell.adjustedP)})${cell.reason ? ` ${cell.reason}` : ''}`
        ]);
    }
    return `${table(rows)}\n\n${verdictText(comparison)}\n`;
}
/** Commit and branch of a checkout, for records saved from the CLI; nulls outside git. */
function localGitInfo(directory) {
    const ask = (args) => {
        try {
            return ((0,external_node_child_process_.execFileSync)('git', args, { cwd: directory, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() ||
                null);
        }
        catch {
            return null;
        }
    };
    return { commitSha: ask(['rev-parse', '--verify', '-q', 'HEAD']), ref: ask(['symbolic-ref', '-q', 'HEAD']) };
}
async function baselineSaveCommand(options) {
    const results = readResultsFile(options.resultsPath);
    if (results.interrupted)
        throw new Error(`${options.resultsPath}: the run was interrupted before every sample was taken; not saved as a baseline`);
    const where = await options.store.save({
        results,
        commitSha: (options.commitSha ?? results.environment.gitCommit ?? options.checkoutCommitSha)?.toLowerCase() ?? null,
        ref: options.ref,
        runId: options.runId,
        savedAt: new Date().toISOString()
    });
    return { stdout: `saved the baseline for fingerprint ${results.topology.fingerprint} to ${where}\n`, exitCode: 0 };
}
async function baselineShowCommand(options) {
    const loaded = await options.store.load(options.fingerprint, { branch: options.branch });
    if (loaded === null) {
        const where = options.branch === null ? '' : ` on ${options.branch}`;
        return {
            stdout: `no baseline for this hardware yet (fingerprint ${options.fingerprint} in ${options.store.describe()}${where})\n`,
            exitCode: 0
        };
    }
    if (options.json)
        return {
            stdout: `${JSON.stringify({ source: loaded.source, location: loaded.location, ...loaded.record }, null, 2)}\n`,
            exitCode: 0
        };
    const { record } = loaded;
    const lines = [
        `baseline for fingerprint ${options.fingerprint}: ${loaded.source}`,
        `file: ${loaded.location}`,
        `commit: ${record.commitSha ?? 'unknown'}  ref: ${record.ref ?? 'unknown'}  run: ${record.runId ?? '-'}  saved: ${record.savedAt}`,
        ''
    ];
    return { stdout: `${lines.join('\n')}${summarizeRun(record.results)}`, exitCode: 0 };
}
async function baselineListCommand(options) {
    const entries = await options.store.list(options.fingerprint);
    if (options.json)
        return { stdout: `${JSON.stringify(entries, null, 2)}\n`, exitCode: 0 };
    if (entries.length === 0)
        return { stdout: `no baselines saved in ${options.store.describe()}\n`, exitCode: 0 };
    const rows = [['fingerprint', 'saved', 'commit', 'ref', 'run']];
    for (const entry of entries)
        rows.push([
            entry.fingerprint,
            entry.savedAt,
            entry.commitSha?.slice(0, 12) ?? '-',
            entry.ref ?? '-',
            entry.runId ?? '-'
        ]);
    return { stdout: `${table(rows)}\n`, exitCode: 0 };
}

;// CONCATENATED MODULE: ./node_modules/string-argv/index.js

function parseArgsStringToArgv(value, env, file) {
    const myArray = [];
    if (env) {
        myArray.push(env);
    }
    if (file) {
        myArray.push(file);
    }
    let current = "";
    let inQuote = null;
    let hasToken = false; // Track if we've started a token (for empty quotes)
    let i = 0;
    while (i < value.length) {
        const char = value[i];
        if (inQuote) {
            // Inside quotes - look for the closing quote
            if (char === inQuote) {
                // End of quoted section
                inQuote = null;
            }
            else {
                // Add character to current token (without the quotes)
                current += char;
            }
        }
        else {
            // Outside quotes
            if (char === '"' || char === "'") {
                // Start of quoted section - this means we have a token even if empty
                inQuote = char;
                hasToken = true;
            }
            else if (/\s/.test(char)) {
                // Whitespace - end current token if we have one
                if (hasToken) {
                    myArray.push(current);
                    current = "";
                    hasToken = false;
                }
            }
            else {
                // Regular character - add to current token
                current += char;
                hasToken = true;
            }
        }
        i++;
    }
    // Don't forget the last token
    if (hasToken) {
        myArray.push(current);
    }
    return myArray;
}

;// CONCATENATED MODULE: ./src/native/types.ts
/**
 * One JSON line printed by a benchmark driver (native/build/spsc-bench, native/build/nim-spsc-bench or a user's
 * subject). native/README.md documents the same format for people writing their own subject.
 */
const NATIVE_SCHEMA = 'numa-spsc-bench/run@1';
const MODES = ['throughput', 'pingpong', 'same-thread'];

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
    subject: 'reference',
    'subject-build': '',
    'subject-command': ''
};
function config_valueOf(raw, name) {
    const given = raw[name];
    return (given === undefined || given.trim() === '' ? DEFAULTS[name] : given).trim();
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
function commandOf(raw, name) {
    const text = config_valueOf(raw, name);
    return text === '' ? null : parseArgsStringToArgv(text);
}
function buildConfig(raw) {
    const paddingText = listOf(raw, 'paddings', PADDINGS.map((padding) => String(padding)));
    const seedText = config_valueOf(raw, 'seed');
    if (seedText !== '' && !/^\d{1,10}$/.test(seedText)) {
        throw new ConfigError(`seed: "${seedText}" is not a non-negative integer`);
    }
    const subject = {
        kind: oneOf(raw, 'subject', SUBJECTS),
        build: commandOf(raw, 'subject-build'),
        command: commandOf(raw, 'subject-command')
    };
    if (subject.kind === 'command' && subject.command === null) {
        throw new ConfigError('subject-command: required when subject is "command" (the command run per sample)');
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
        budget: config_valueOf(raw, 'budget'),
        classes: listOf(raw, 'classes', PLACEMENT_CLASSES),
        paddings: paddingText.map(Number),
        modes,
        messages: messagesText === '' ? null : Number(messagesText),
        seed: seedText === '' ? null : Number(seedText),
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
        subject
    };
}

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
function formatSeconds(seconds) {
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
function expandCells(topology, selection, shape) {
    const reference = referenceCells(topology, selection, shape);
    if (!selection.subject)
        return reference;
    // The subject decides its own layout; it gets the largest padding, the one budget trimming keeps longest.
    const subjectPadding = Math.max(...selection.paddings);
    const mirrored = reference
        .filter((cell) => cell.padding === subjectPadding)
        .map((cell) => ({ ...cell, subject: 'subject', key: cell.key.replace(/^reference\//, 'subject/') }));
    return [...reference, ...mirrored];
}
function referenceCells(topology, selection, shape) {
    const cells = [];
    const base = (mode, padding) => ({
        subject: 'reference',
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
            if (selection.pinning !== 'pinned') {
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
        ''
    ];
    for (const [group, cells] of groupCells(plan.cells)) {
        lines.push(`${group} (${cells.length} cells)`);
        const rows = collapsePaddings(cells);
        const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column].length)));
        for (const row of rows)
            lines.push(`  ${row
                .map((field, column) => field.padEnd(widths[column] ?? 0))
                .join('  ')
                .trimEnd()}`);
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
    const full = expandCells(topology, selection, shape);
    if (full.length === 0) {
        throw new Error('plan: nothing to measure: no selected class has a pair of CPUs this process may use ' +
            `(modes ${selection.modes.join(', ')}, pinning "${selection.pinning}")`);
    }
    let cells = full;
    const repetitionsFor = (list) => Math.min(maxRepetitions, Math.floor(options.budgetSeconds / roundSeconds(list)));
    while (repetitionsFor(cells) < minRepetitions) {
        const why = `budget ${formatSeconds(options.budgetSeconds)}: ${minRepetitions} repetitions of ${cells.length} cells ` +
            `need about ${formatSeconds(minRepetitions * roundSeconds(cells))}`;
        const drop = trimOnce(selection);
        if (drop === null) {
            throw new Error(`budget ${formatSeconds(options.budgetSeconds)} is too small: the smallest plan it can trim to ` +
                `(${cells.length} of ${full.length} cells) needs about ` +
                `${formatSeconds(minRepetitions * roundSeconds(cells))} for the minimum of ${minRepetitions} repetitions; ` +
                `use a budget of at least ${budgetString(minRepetitions * roundSeconds(cells))} ` +
                `(the full plan needs ${budgetString(minRepetitions * roundSeconds(full))})`);
        }
        const trimmed = expandCells(topology, selection, shape);
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
        estimatedSeconds: repetitions * roundSeconds(cells),
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
        subject: options.subject?.enabled ?? false
    };
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
 * 3. memory homes: "other" (a third node), then "consumer"; "producer" stays.
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
function formatCpuList(cpus) {
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
/** Reads each online CPU; packages, dies and cores are renumbered 0.. in order of their first CPU. */
function readCpus(tree, online, warnings) {
    const onlineSet = new Set(online);
    const raw = online.map((id) => {
        const base = `${CPU_DIR}/cpu${id}/topology`;
        if (!tree.isDirectory(base))
            throw new TopologyError(`${tree.path(base)}: missing for online CPU ${id}`);
        const packageId = tree.integer(`${base}/physical_package_id`);
        const packageCpus = tree.cpuSet(`${base}/core_siblings_list`, `${base}/core_siblings`);
        const threadCpus = tree.cpuSet(`${base}/thread_siblings_list`, `${base}/thread_siblings`) ?? [id];
        return {
            id,
            // Firmware may report -1 (unknown); the package's sibling set still groups its CPUs.
            packageKey: packageId === null || packageId < 0
                ? `cpus:${(packageCpus ?? [id]).find((cpu) => onlineSet.has(cpu)) ?? id}`
                : `id:${packageId}`,
            unknownPackage: packageId === null || packageId < 0,
            die: tree.integer(`${base}/die_id`) ?? 0,
            coreId: tree.integer(`${base}/core_id`) ?? id,
            threadCpus: threadCpus.filter((cpu) => onlineSet.has(cpu)),
            l3Cpus: l3CpusOf(tree, id)?.filter((cpu) => onlineSet.has(cpu)) ?? null
        };
    });
    if (raw.some((cpu) => cpu.unknownPackage)) {
        warnings.push('physical_package_id is -1 or missing for some CPUs: packages grouped by their core_siblings');
    }
    const coreIdOf = new Map(raw.map((cpu) => [cpu.id, cpu.coreId]));
    const pairedAcrossCores = raw.some((cpu) => cpu.threadCpus.some((other) => coreIdOf.get(other) !== cpu.coreId));
    if (pairedAcrossCores) {
        warnings.push('thread_siblings_list pairs CPUs with different core_id (e.g. AMD Bulldozer compute units): counted as separate cores without SMT, as hwloc does');
    }
    const packageIndex = indexer();
    const coreIndex = indexer();
    const sameCoreId = new Map();
    for (const cpu of raw) {
        const key = `${cpu.packageKey}/${cpu.coreId}`;
        sameCoreId.set(key, [...(sameCoreId.get(key) ?? []), cpu]);
    }
    return raw.map((cpu) => {
        // Two CPUs are one core only if the kernel calls them thread siblings AND they share a core_id: core_id alone
        // repeats across clusters and dies, and thread_siblings alone pairs Bulldozer's separate integer cores.
        const siblings = (sameCoreId.get(`${cpu.packageKey}/${cpu.coreId}`) ?? [])
            .filter((other) => other.id === cpu.id || cpu.threadCpus.includes(other.id))
            .map((other) => other.id);
        return {
            id: cpu.id,
            package: packageIndex(cpu.packageKey),
            die: cpu.die,
            core: coreIndex(`${cpu.packageKey}/${siblings[0]}`),
            siblings,
            l3Cpus: cpu.l3Cpus
        };
    });
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
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 12);
}

;// CONCATENATED MODULE: ./src/topology/nodes.ts

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
/** Online nodes sorted by id, each with its online CPUs; a missing node folder becomes one node with every CPU. */
function readNodes(tree, online, warnings) {
    const folders = tree.numberedEntries(NODE_DIR, 'node');
    if (folders.length === 0) {
        warnings.push(`${NODE_DIR}: no node folders: treating the machine as one NUMA node`);
        return [{ id: 0, cpus: [...online], memoryMiB: null }];
    }
    const ids = onlineNodeIds(tree, folders, warnings);
    const onlineSet = new Set(online);
    const owner = new Map();
    const nodes = ids.map((id) => {
        const cpus = tree.cpuSet(`${NODE_DIR}/node${id}/cpulist`, `${NODE_DIR}/node${id}/cpumap`);
        if (cpus === null)
            throw new TopologyError(`${tree.path(`${NODE_DIR}/node${id}`)}: neither cpulist nor cpumap`);
        const mine = cpus.filter((cpu) => {
            if (!onlineSet.has(cpu))
                return false;
            // Buggy firmware can give one CPU to two nodes; the lower node keeps it so placement stays deterministic.
            if (owner.has(cpu)) {
                warnings.push(`CPU ${cpu} is listed by node ${owner.get(cpu)} and node ${id}: kept in node ${owner.get(cpu)}`);
                return false;
            }
            owner.set(cpu, id);
            return true;
        });
        return { id, cpus: mine, memoryMiB: memoryMiB(tree, id) };
    });
    const orphans = online.filter((cpu) => !owner.has(cpu));
    if (orphans.length > 0)
        warnings.push(`online CPUs in no NUMA node: ${orphans.join(', ')}`);
    return nodes;
}
/**
 * SLIT rows in node order. A row may have one column per online node (newer kernels) or one per node id up to the
 * highest (older ones); a lone node reading 0 or an unreadable row leaves the matrix unknown rather than wrong.
 */
function readDistances(tree, nodes, warnings) {
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
        if (values.length === ids.length)
            rows.push(values);
        else if (values.length > Math.max(...ids))
            rows.push(ids.map((column) => values[column]));
        else
            throw new TopologyError(`${tree.path(file)}: ${values.length} columns for ${ids.length} online nodes (ids ${ids.join(',')})`);
    }
    if (rows.some((row, index) => row[index] <= 0)) {
        warnings.push('the distance matrix has a zero diagonal (old kernels print 0 for a lone node): distances unknown');
        return null;
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/topology/cgroup.ts
/** What the process may use, kept apart from what the machine has: its affinity mask and its cgroup cpuset. */




function cpusetMounts(tree) {
    const mounts = tree.text('proc/mounts') ?? '';
    return mounts.split('\n').flatMap((line) => {
        const [, mountPoint, type, options = ''] = line.split(/\s+/);
        const flags = options.split(',');
        const at = (mountPoint ?? '').replace(/^\//, '');
        if (type === 'cgroup2')
            return [{ mountPoint: at, version: 2, prefix: 'cpuset.', legacy: false }];
        if (type === 'cgroup' && flags.includes('cpuset')) {
            return [{ mountPoint: at, version: 1, prefix: flags.includes('noprefix') ? '' : 'cpuset.', legacy: false }];
        }
        if (type === 'cpuset')
            return [{ mountPoint: at, version: 1, prefix: '', legacy: true }];
        return [];
    });
}
/** File names holding the allowed CPUs or memory nodes, the effective (inherited and clipped) one first. */
function fileNames(mount, what) {
    return mount.version === 2
        ? [`cpuset.${what}.effective`]
        : [`${mount.prefix}effective_${what}`, `${mount.prefix}${what}`];
}
/** The process's cgroup path inside the mount, from proc/<pid>/cgroup (or proc/<pid>/cpuset for the legacy mount). */
function membership(tree, mount, pid) {
    if (mount.legacy)
        return tree.text(`proc/${pid}/cpuset`) ?? undefined;
    const text = tree.text(`proc/${pid}/cgroup`);
    if (text === null)
        return undefined;
    const line = text
        .split('\n')
        .find((entry) => (mount.version === 2 ? entry.startsWith('0::') : /^\d+:([^:]*,)?cpuset(,[^:]*)?:/.test(entry)));
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
    const path = membership(tree, mount, pid);
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
        if (value === undefined)
            return null;
        try {
            return parseCpuList(value, `${tree.path(statusFile)} ${name}`);
        }
        catch (error) {
            throw error instanceof CpuSetSyntaxError ? new TopologyError(error.message) : error;
        }
    };
    let cpus = intersect(online, field('Cpus_allowed_list'));
    let memoryNodes = intersect(nodes, field('Mems_allowed_list'));
    for (const mount of cpusetMounts(tree)) {
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
    const nodes = readNodes(tree, online, warnings);
    const distances = readDistances(tree, nodes, warnings);
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
        packages: new Set(cpus.map((cpu) => cpu.package)).size,
        dies: new Set(cpus.map((cpu) => `${cpu.package}/${cpu.die}`)).size,
        cores: new Set(cpus.map((cpu) => cpu.core)).size,
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
function classify(a, b) {
    if (a.id === b.id)
        return null;
    if (a.siblings.includes(b.id))
        return 'smt-sibling';
    if (a.package !== b.package)
        return 'cross-package';
    if (a.node !== b.node)
        return 'same-package';
    if (a.l3 !== b.l3)
        return 'same-node';
    return 'same-l3';
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
function unavailableReason(topology, name) {
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
            return topology.packages < 2 ? 'one package (socket)' : 'the usable CPUs are all on one package';
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
function render_table(rows) {
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    return rows.map((row) => row.map((cell, column) => cell.padStart(widths[column])).join('  '));
}
function renderTopologyText(topology, classes) {
    const lines = [];
    const nodesWithCpus = topology.nodes.filter((node) => node.cpus.length > 0).length;
    lines.push(`${topology.cpuModel ?? 'unknown CPU'}${topology.virtualized ? ' (virtual machine)' : ''}`, `${topology.packages} package(s), ${topology.dies} die(s), ${topology.cores} cores, ${topology.pus} online CPUs, ` +
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
        lines.push(...render_table([header, ...rows]).map((line) => `  ${line}`));
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











const pipeline_execFileAsync = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_.execFile);
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
function planFor(config, detected, seed) {
    return makePlan(detected.topology, detected.classes, {
        budgetSeconds: parseBudget(config.budget),
        classes: config.classes.length > 0 ? config.classes : undefined,
        paddings: config.paddings,
        modes: config.modes,
        seed,
        subject: { enabled: config.subject.kind === 'command' },
        messages: config.messages === null ? undefined : Object.fromEntries(MODES.map((mode) => [mode, config.messages]))
    });
}
async function measure(config, detected, plan, context) {
    const sourceDir = findNativeSourceDir(import.meta.url);
    const buildDir = context.buildDir ?? (0,external_node_path_.join)((0,external_node_os_namespaceObject.tmpdir)(), 'numa-spsc-bench-build');
    const native = await buildNative({ sourceDir, buildDir });
    context.log(`native driver: ${native.binary} (${native.rebuilt ? 'built' : 'up to date'}, ${native.compiler})`);
    if (config.subject.kind === 'command' && config.subject.build !== null) {
        await runSubjectBuild(config.subject.build, context.workspace, context.log);
    }
    const results = await runPlan(plan, {
        binary: native.binary,
        subjectCommand: config.subject.command ?? undefined,
        topology: detected.topology,
        seed: plan.seed,
        signal: context.signal,
        onProgress: context.onProgress,
        environment: { compiler: native.compiler, compilerFlags: native.flags }
    });
    const resultsPath = writeResultsFile((0,external_node_path_.resolve)(config.outDir), results);
    return { plan, results, resultsPath };
}
async function runSubjectBuild(argv, cwd, log) {
    const [command, ...args] = argv;
    log(`subject-build: ${argv.join(' ')}`);
    try {
        await pipeline_execFileAsync(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    }
    catch (error) {
        const failure = error;
        throw new Error(`subject-build: "${argv.join(' ')}" failed: ${(failure.stderr ?? '').trim() || failure.message}`, {
            cause: error
        });
    }
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
    const figures = numaFigures(results);
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
        context.log(spreads.size > 0
            ? `baseline: run-to-run spread from ${runs.length} baseline runs`
            : `baseline: run-to-run spread unknown: fewer than 2 baseline runs with enough samples (${runs.length} found)`);
        comparison = compareResults(loaded.record.results, results, {
            ...comparisonOptions,
            baselineSource: loaded.source,
            runToRunSpread: spreads
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
/**
 * Which quantity a stats metric name measures. Stats names metrics after the driver's fields (messagesPerSecond,
 * rttNs.p50 / rttP50, …), so the report matches the field, not one spelling.
 */
function metricKind(metric) {
    if (/messagesPerSecond|throughput/i.test(metric))
        return 'throughput';
    if (/p50$/i.test(metric))
        return 'rtt-p50';
    if (/p99$/i.test(metric))
        return 'rtt-p99';
    return 'other';
}
function metricName(metric) {
    switch (metricKind(metric)) {
        case 'throughput':
            return 'throughput';
        case 'rtt-p50':
            return 'RTT p50';
        case 'rtt-p99':
            return 'RTT p99';
        default:
            return metric;
    }
}
/** The unit a value reads best in; a median and its CI share the median's scale. */
function scaleFor(metric, value) {
    const kind = metricKind(metric);
    const magnitude = Math.abs(value);
    if (kind === 'throughput') {
        if (magnitude >= 1e9)
            return { divisor: 1e9, unit: ' G/s', digits: 2 };
        if (magnitude >= 1e6)
            return { divisor: 1e6, unit: ' M/s', digits: 1 };
        if (magnitude >= 1e3)
            return { divisor: 1e3, unit: ' k/s', digits: 1 };
        return { divisor: 1, unit: ' /s', digits: 0 };
    }
    if (kind === 'rtt-p50' || kind === 'rtt-p99') {
        if (magnitude >= 1e6)
            return { divisor: 1e6, unit: ' ms', digits: 2 };
        if (magnitude >= 1e3)
            return { divisor: 1e3, unit: ' µs', digits: 2 };
        return { divisor: 1, unit: ' ns', digits: 0 };
    }
    return { divisor: 1, unit: '', digits: magnitude >= 100 ? 0 : 3 };
}
/** A value of the metric with its unit: "12.3 M/s", "840 ns". */
function formatValue(metric, value) {
    const scale = scaleFor(metric, value);
    return `${(value / scale.divisor).toFixed(scale.digits)}${scale.unit}`;
}
/** "12.3 M/s [11.9, 12.8]": the median and its 95 % CI in the median's unit, or "–" without samples. */
function formatSummary(metric, summary) {
    if (summary === null || summary.n === 0)
        return '–';
    const scale = scaleFor(metric, summary.median);
    const number = (value) => (value / scale.divisor).toFixed(scale.digits);
    return `${number(summary.median)}${scale.unit} [${number(summary.ci[0])}, ${number(summary.ci[1])}]`;
}
/** A signed percentage with a real minus sign: "−38 %", "+4.2 %". */
function formatPercent(fraction) {
    const percent = fraction * 100;
    const magnitude = Math.abs(percent);
    const digits = magnitude >= 10 ? 0 : 1;
    const text = magnitude.toFixed(digits);
    if (Number(text) === 0)
        return '0 %';
    return `${percent < 0 ? '−' : '+'}${text} %`;
}
function signedNumber(percent, digits) {
    const text = Math.abs(percent).toFixed(digits);
    if (Number(text) === 0)
        return '0';
    return `${percent < 0 ? '−' : '+'}${text}`;
}
/** A ratio as a change, optionally naming what changed: "−38 % [−41, −35]", "−38 % throughput [−41, −35]". */
function formatChange(ratio, ci, what = '') {
    const change = `${formatPercent(ratio - 1)}${what === '' ? '' : ` ${what}`}`;
    if (ci === null)
        return change;
    const digits = Math.abs(ratio - 1) * 100 >= 10 ? 0 : 1;
    return `${change} [${signedNumber((ci[0] - 1) * 100, digits)}, ${signedNumber((ci[1] - 1) * 100, digits)}]`;
}
/** A ratio as a factor: "×2.6 [2.4, 2.9]"; a tight CI gets the digits that tell its bounds apart. */
function formatFactor(ratio, ci) {
    let digits = ratio >= 10 ? 0 : ratio >= 1.95 ? 1 : 2;
    while (ci !== null && digits < 3 && ci[0].toFixed(digits) === ci[1].toFixed(digits) && ci[0] !== ci[1])
        digits++;
    const text = `×${ratio.toFixed(digits)}`;
    return ci === null ? text : `${text} [${ci[0].toFixed(digits)}, ${ci[1].toFixed(digits)}]`;
}
/** Throughput ratios read as changes, latency ratios as factors (a round trip taking ×2.6 as long). */
function formatRatio(metric, ratio, ci) {
    const kind = metricKind(metric);
    return kind === 'rtt-p50' || kind === 'rtt-p99' ? formatFactor(ratio, ci) : formatChange(ratio, ci);
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
        `${escapeText(topology.cpuModel ?? 'unknown CPU')}: ${plural(topology.packages, 'package')}, ${plural(topology.dies, 'die')}, ` +
            `${plural(topology.cores, 'core')}, ${plural(topology.pus, 'logical CPU')}, SMT ${topology.smt ? 'on' : 'off'}, ` +
            `${plural(topology.nodes.length, 'NUMA node')}${topology.numaCapable ? '' : ' (not NUMA-capable: fewer than two nodes with usable CPUs)'}.`,
        `Fingerprint ${escapeText(topology.fingerprint)}; allowed CPUs ${formatCpuList(topology.allowedCpus) || 'none'}` +
            `${topology.allowedMemoryNodes === undefined ? '' : `; allowed memory nodes ${formatCpuList(topology.allowedMemoryNodes) || 'none'}`}.`,
        '',
        '| node | CPUs | memory |',
        '|---|---|---|',
        ...topology.nodes.map((node) => `| ${node.id} | ${formatCpuList(node.cpus) || 'none (memory only)'} | ${node.memoryMiB === null ? 'unknown' : `${node.memoryMiB} MiB`} |`)
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
            `budget ${plan.budgetSeconds} s, estimated ${Math.round(plan.estimatedSeconds)} s.`
    ];
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
    const rows = results.cells.map((result) => {
        const metric = FIGURE_METRIC[result.cell.mode];
        const { values } = cellMetricValues(result, metric);
        const valid = result.samples.filter((sample) => sample.valid).length;
        const label = result.cell.mode === 'pingpong' ? `${metricName(metric.name)} ` : '';
        const value = values.length === 0 ? '–' : `${label}${formatValue(metric.name, summary_median(values))}`;
        return `| ${escapeText(result.cell.key, 160)} | ${valid} of ${result.samples.length} | ${value} |`;
    });
    return collapsed(`All ${plural(results.cells.length, 'cell')}: medians of the valid samples`, ['| cell | valid samples | median |', '|---|---|---|', ...rows].join('\n'));
}

;// CONCATENATED MODULE: ./src/report/penalty.ts




const SHOWN = ['throughput', 'rtt-p50', 'rtt-p99'];
const penalty_RTT_P99 = COMPARED_METRICS.pingpong.find((metric) => /p99$/.test(metric.name));
/** Splits "cross-package vs same-l3" into its two sides; a label without " vs " is all subject. */
function sidesOf(label) {
    const at = label.lastIndexOf(' vs ');
    return at < 0 ? [label, ''] : [label.slice(0, at).trim(), label.slice(at + 4).trim()];
}
/** The placement class a side of a label names; the longest name wins so "same-package" is not read as another. */
function classIn(side) {
    const named = PLACEMENT_CLASSES.filter((name) => side.includes(name));
    return named.sort((a, b) => b.length - a.length)[0] ?? null;
}
/**
 * The padding and memory home the class figures of one implementation hold fixed. This mirrors numaFigures (padding 64,
 * else the implementation's smallest, since subject cells are planned at the largest padding only; the producer's
 * node, else first touch), and tests hold the two together for both implementations.
 */
function tailValues(results, implementation, place) {
    const settings = canonicalSettings(results, implementation);
    if (settings === null || penalty_RTT_P99 === undefined)
        return [];
    return results.cells
        .filter(({ cell }) => cell.subject === implementation &&
        cell.mode === 'pingpong' &&
        cell.placementClass === place &&
        cell.padding === settings.padding &&
        cell.memoryHome === settings.home)
        .flatMap((result) => cellMetricValues(result, penalty_RTT_P99).values);
}
function addTail(table, results) {
    if (penalty_RTT_P99 === undefined)
        return;
    const best = tailValues(results, table.implementation, table.bestLocal);
    if (best.length < MIN_VALID_SAMPLES)
        return;
    for (const row of table.rows) {
        const values = row.best ? best : tailValues(results, table.implementation, row.name);
        if (values.length < MIN_VALID_SAMPLES)
            continue;
        const summary = summarize(values);
        const bestMedian = summarize(best).median;
        row.measures['rtt-p99'] = row.best
            ? { metric: penalty_RTT_P99.name, summary, ratio: null, ratioCi: null }
            : {
                metric: penalty_RTT_P99.name,
                summary,
                ratio: summary.median / bestMedian,
                ratioCi: bootstrapRatioCi(best, values, { seed: hashSeed(`class-tail|${table.implementation}|${row.name}`) })
            };
    }
}
function kindOf(figure) {
    if (figure.mode === 'throughput')
        return 'throughput';
    if (figure.mode === 'pingpong')
        return 'rtt-p50';
    return null;
}
/** One table per implementation with class figures, reference first. */
function penaltyTables(figures, results) {
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
            const kind = kindOf(figure);
            if (figure.kind !== 'class' || figure.implementation !== implementation || kind === null)
                continue;
            const [subjectSide, referenceSide] = sidesOf(figure.label);
            const subject = classIn(subjectSide);
            const reference = classIn(referenceSide);
            if (subject === null || reference === null)
                continue;
            bests.set(reference, (bests.get(reference) ?? 0) + 1);
            const best = row(reference);
            best.best = true;
            best.measures[kind] ??= { metric: figure.metric, summary: figure.reference, ratio: null, ratioCi: null };
            row(subject).measures[kind] = {
                metric: figure.metric,
                summary: figure.subject,
                ratio: figure.ratio,
                ratioCi: figure.ratioCi
            };
        }
        if (rows.size === 0)
            continue;
        const bestLocal = [...bests.entries()].sort((a, b) => b[1] - a[1])[0][0];
        const sorted = [...rows.values()].sort((a, b) => PLACEMENT_CLASSES.indexOf(a.name) - PLACEMENT_CLASSES.indexOf(b.name));
        const table = { implementation, bestLocal, rows: sorted };
        addTail(table, results);
        tables.push(table);
    }
    return tables;
}
function cell(measure) {
    if (measure === undefined)
        return ['–', '–'];
    const ratio = measure.ratio === null ? 'best local' : formatRatio(measure.metric, measure.ratio, measure.ratioCi);
    return [formatSummary(measure.metric, measure.summary), ratio];
}
/** "cross-package: −38 % throughput [−41, −35], RTT ×2.6 [2.4, 2.9]" for one class, or null for the best local one. */
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
/** A Mermaid bar chart of median throughput per class, which GitHub draws in comments and summaries. */
function renderThroughputChart(table) {
    const bars = table.rows.flatMap((row) => {
        const throughput = row.measures.throughput;
        return throughput === undefined || !Number.isFinite(throughput.summary.median)
            ? []
            : [{ label: row.name, value: throughput.summary.median }];
    });
    if (bars.length === 0)
        return null;
    const largest = Math.max(...bars.map((bar) => bar.value));
    const [divisor, unit] = largest >= 1e9
        ? [1e9, 'G messages/s']
        : largest >= 1e6
            ? [1e6, 'M messages/s']
            : largest >= 1e3
                ? [1e3, 'k messages/s']
                : [1, 'messages/s'];
    const values = bars.map((bar) => Number((bar.value / divisor).toFixed(2)));
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${mermaidText(`Median throughput per placement class, ${table.implementation}`, 80)}"`,
        `    x-axis [${bars.map((bar) => `"${mermaidText(bar.label)}"`).join(', ')}]`,
        `    y-axis "${unit}" 0 --> ${niceCeiling(Math.max(...values) * 1.1)}`,
        `    bar [${values.join(', ')}]`,
        '```'
    ].join('\n');
}
/** The next 1, 2 or 5 × 10^k at or above the value, so the axis ends on a round number. */
function niceCeiling(value) {
    if (!(value > 0))
        return 1;
    const power = 10 ** Math.floor(Math.log10(value));
    const step = [1, 2, 5, 10].find((factor) => factor * power >= value) ?? 10;
    return Number((step * power).toPrecision(12));
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
/** "88 %" or "99.5 %": a ratio as a share, with a decimal where the difference is small. */
function share(ratio) {
    const percent = ratio * 100;
    return `${Math.abs(percent - 100) < 10 ? percent.toFixed(1) : percent.toFixed(0)} %`;
}
function shareInterval(ci) {
    const digits = Math.abs(ci[0] - 1) < 0.1 || Math.abs(ci[1] - 1) < 0.1 ? 1 : 0;
    return `[${(ci[0] * 100).toFixed(digits)}, ${(ci[1] * 100).toFixed(digits)}]`;
}
/** "64 B reaches 88 % [85, 91] of 128 B's throughput" or "64 B's RTT p50 is ×1.10 [1.05, 1.16] 128 B's". */
function relation(figure, subject, reference) {
    const kind = metricKind(figure.metric);
    if (kind === 'rtt-p50' || kind === 'rtt-p99') {
        return `${subject}'s ${metricName(figure.metric)} is ${formatFactor(figure.ratio, figure.ratioCi)} ${reference}'s`;
    }
    return `${subject} reaches ${share(figure.ratio)} ${shareInterval(figure.ratioCi)} of ${reference}'s ${escapeText(metricName(figure.metric))}`;
}
/** Reads each figure of a kind as a contest between two options, named by `optionOf` from its label's sides. */
function contests(figures, kind, optionOf) {
    return figures.flatMap((figure) => {
        if (figure.kind !== kind || figure.implementation === 'both')
            return [];
        const [subjectSide, referenceSide] = sidesOf(figure.label);
        const subject = optionOf(subjectSide);
        const reference = optionOf(referenceSide);
        if (subject === null || reference === null || subject === reference)
            return [];
        const result = outcome(figure.direction, figure.ratioCi);
        const winner = result === 'better' ? subject : result === 'worse' ? reference : null;
        const loser = winner === null ? null : winner === subject ? reference : subject;
        const margin = Math.abs(figure.direction === 'higher-is-better' ? figure.ratio - 1 : 1 / figure.ratio - 1);
        const evidence = `${escapeText(figure.label)}: ${relation(figure, subject, reference)}`;
        return [{ winner, loser, margin, evidence }];
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
 * The one option that lost no decided contest and won at least one, with whom it beat and its largest margin. Figures
 * all compare against one canonical option, so "undefeated" finds the best even when it never met the others.
 */
function verdictOf(list) {
    const decided = list.filter((contest) => contest.winner !== null);
    const losers = new Set(decided.map((contest) => contest.loser));
    const undefeated = [...new Set(decided.flatMap((contest) => contest.winner ?? []))].filter((option) => !losers.has(option));
    if (undefeated.length !== 1)
        return null;
    const wins = decided.filter((contest) => contest.winner === undefeated[0]);
    return {
        winner: undefeated[0],
        loser: [...new Set(wins.map((contest) => contest.loser))].join(' and '),
        largest: Math.max(...wins.map((contest) => contest.margin)),
        decided: wins.length
    };
}
function findings_percent(fraction) {
    const value = fraction * 100;
    return `${value.toFixed(value < 9.95 ? 1 : 0)} %`;
}
function contestFinding(list, topic, recommend) {
    if (list.length === 0)
        return null;
    const evidence = evidenceOf(list.map((contest) => contest.evidence));
    const verdict = verdictOf(list);
    if (verdict !== null) {
        return {
            headline: `${topic}: ${recommend(verdict.winner)}. It beat ${verdict.loser} in ${verdict.decided} of ${plural(list.length, 'comparison')}, by up to ${findings_percent(verdict.largest)}, and lost none.`,
            evidence
        };
    }
    const decided = list.filter((contest) => contest.winner !== null).length;
    return {
        headline: decided === 0
            ? `${topic}: no measurable difference; every 95 % CI includes no change (${plural(list.length, 'comparison')}).`
            : `${topic}: mixed; no option won without also losing (${decided} of ${list.length} comparisons decided), so no single choice is recommended.`,
        evidence
    };
}
function paddingOf(side) {
    // Class names carry digits of their own ("same-l3"), so they go before the byte count is looked for.
    const withoutClasses = PLACEMENT_CLASSES.reduce((text, name) => text.split(name).join(' '), side);
    const match = /(\d+)/.exec(withoutClasses);
    return match === null ? null : `${match[1]} B`;
}
function pinningOf(side) {
    if (/unpinned/i.test(side))
        return 'unpinned';
    return /pinned/i.test(side) ? 'pinned' : null;
}
function homeOf(side) {
    return MEMORY_HOMES.find((home) => side.includes(home)) ?? null;
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
    const worse = rows.some(({ row }) => {
        const throughput = row.measures.throughput?.ratioCi;
        const rtt = row.measures['rtt-p50']?.ratioCi;
        return (throughput != null && throughput[1] < 1) || (rtt != null && rtt[0] > 1);
    });
    const shard = rows.some(({ row }) => {
        const throughput = row.measures.throughput?.ratioCi;
        const rtt = row.measures['rtt-p50']?.ratioCi;
        return ((throughput != null && throughput[1] <= 1 - SHARD_THROUGHPUT_LOSS) || (rtt != null && rtt[0] >= SHARD_RTT_FACTOR));
    });
    const line = `${SHARD_THROUGHPUT_LOSS * 100} % less throughput or RTT ×${SHARD_RTT_FACTOR}, with the whole 95 % CI beyond it`;
    return [
        worse
            ? {
                headline: 'Share a socket: keep producer and consumer on one package; crossing packages costs measurably.',
                evidence
            }
            : {
                headline: 'Sharing a socket made no measurable difference here: every cross-package CI includes no change.',
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
/** Where a subject figure was measured: the parenthesised place in "subject vs reference (cross-package)". */
function placeOf(label) {
    const match = /\(([^()]*)\)\s*$/.exec(label);
    return escapeText(match === null ? label : match[1]);
}
function subjectFinding(figures) {
    const subject = figures.filter((figure) => figure.kind === 'subject');
    if (subject.length === 0)
        return null;
    const evidence = evidenceOf(subject.map((figure) => `${escapeText(figure.label)}: ${relation(figure, 'the subject', 'the reference')}`));
    const throughput = subject.filter((figure) => metricKind(figure.metric) === 'throughput');
    if (throughput.length === 0)
        return { headline: 'Subject vs reference: round trips only; no throughput figure was computed.', evidence };
    const lowest = throughput.reduce((low, figure) => (figure.ratio < low.ratio ? figure : low));
    const highest = throughput.reduce((high, figure) => (figure.ratio > high.ratio ? figure : high));
    const range = throughput.length === 1
        ? `${share(lowest.ratio)} ${shareInterval(lowest.ratioCi)} of the reference's throughput in ${placeOf(lowest.label)}`
        : `between ${share(lowest.ratio)} ${shareInterval(lowest.ratioCi)} of the reference's throughput in ${placeOf(lowest.label)} ` +
            `and ${share(highest.ratio)} ${shareInterval(highest.ratioCi)} in ${placeOf(highest.label)}`;
    return { headline: `Subject vs reference: the subject reaches ${range}.`, evidence };
}
function findings(figures, tables) {
    const padding = contestFinding(contests(figures, 'padding', paddingOf), 'Padding', (winner) => `use ${winner} between the hot fields`);
    const pinning = contestFinding(contests(figures, 'pinning', pinningOf), 'Pinning', (winner) => winner === 'pinned' ? 'pinning paid; pin both threads' : 'pinning did not pay here; the unpinned threads did better');
    const home = contestFinding(contests(figures, 'memory-home', homeOf), 'Memory home', (winner) => HOME_ADVICE[winner] ?? `use ${winner}`);
    return [padding, pinning, home, ...socketFindings(tables), subjectFinding(figures)].filter((finding) => finding !== null);
}
function renderFindings(list) {
    if (list.length === 0)
        return null;
    return list
        .map((finding) => [`- **${finding.headline}**`, ...finding.evidence.map((line) => `  - ${line}`)].join('\n'))
        .join('\n');
}

;// CONCATENATED MODULE: ./src/report/regressions.ts


const ORDER = ['regression', 'improvement', 'inconclusive', 'no-change'];
function size(cell) {
    return cell.ratio === null ? 0 : Math.abs(Math.log(cell.ratio));
}
function sorted(cells) {
    return [...cells].sort((a, b) => ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict) || size(b) - size(a));
}
/** As a percentage for every metric, times included: the threshold it is judged by is a percentage. */
function change(cell) {
    return cell.ratio === null ? '–' : formatChange(cell.ratio, cell.ratioCi);
}
function row(cell) {
    const verdict = cell.reason === undefined ? cell.verdict : `${cell.verdict}: ${escapeText(cell.reason, 120)}`;
    return `| ${escapeText(cell.cellKey, 160)} | ${escapeText(metricName(cell.metric), 40)} | ${formatSummary(cell.metric, cell.baseline)} | ${formatSummary(cell.metric, cell.current)} | ${change(cell)} | ${formatP(cell.adjustedP)} | ${verdict} |`;
}
function regressions_table(cells) {
    return [
        '| cell | metric | baseline [95 % CI] | current [95 % CI] | change [95 % CI] | p (Holm) | verdict |',
        '|---|---|---|---|---|---|---|',
        ...sorted(cells).map(row)
    ].join('\n');
}
/** When the history gave a run-to-run spread, a change also had to exceed it: the note says so and from how many runs. */
function spreadNote(comparison) {
    const runs = comparison.runToRunSpreadRuns ?? null;
    return runs === null ? '' : ` and the run-to-run spread of its metric over ${plural(runs, 'baseline run')}`;
}
/** Counts of every verdict, then a table of the regressions and improvements when there are any. */
function renderChanges(comparison) {
    const count = (verdict) => comparison.cells.filter((cell) => cell.verdict === verdict).length;
    const counts = `${plural(comparison.cells.length, 'metric')} compared: ${count('regression')} regressed, ${count('improvement')} improved, ` +
        `${count('inconclusive')} inconclusive, ${count('no-change')} unchanged (a change counts when its Holm-adjusted ` +
        `p < ${comparison.alpha} and it exceeds ${formatThreshold(comparison.threshold)}${spreadNote(comparison)}).`;
    const changed = comparison.cells.filter((cell) => cell.verdict === 'regression' || cell.verdict === 'improvement');
    return changed.length === 0 ? counts : `${counts}\n\n${regressions_table(changed)}`;
}
/** The inconclusive metrics with the reason each could not be decided; null when there are none. */
function renderInconclusive(comparison) {
    const inconclusive = comparison.cells.filter((cell) => cell.verdict === 'inconclusive');
    return inconclusive.length === 0 ? null : regressions_table(inconclusive);
}

;// CONCATENATED MODULE: ./src/report/verdict.ts
/** The report's first line: what the reviewer needs to know, in words, with how sure the statement is. */


/** From most to least urgent; a document's headline is its most urgent machine's. */
const SEVERITY = ['regression', 'inconclusive', 'no-baseline', 'not-compared', 'no-regression'];
const ICON = {
    regression: '❌',
    inconclusive: '⚠️',
    'no-baseline': 'ℹ️',
    'not-compared': 'ℹ️',
    'no-regression': '✅'
};
function machineVerdict(machine) {
    const comparison = machine.comparison;
    if (comparison === null)
        return 'not-compared';
    if (comparison.verdict === 'no-baseline')
        return 'no-baseline';
    if (comparison.regressions > 0)
        return 'regression';
    if (comparison.verdict === 'inconclusive')
        return 'inconclusive';
    return 'no-regression';
}
/** "α = 0.01, threshold 5 %": the two numbers a regression had to clear. */
function certainty(alpha, threshold) {
    return `α = ${alpha}, threshold ${formatThreshold(threshold)}`;
}
/** The most frequent reason metrics were inconclusive, escaped and short. */
function commonReason(comparison) {
    const counts = new Map();
    for (const cell of comparison.cells) {
        if (cell.verdict === 'inconclusive' && cell.reason !== undefined)
            counts.set(cell.reason, (counts.get(cell.reason) ?? 0) + 1);
    }
    const [reason] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    return reason === undefined ? '' : ` (most often: ${escapeText(reason, 100)})`;
}
/** One machine's verdict in words: "2 regressions" with ", 1 improvement, 3 inconclusive". */
function phrase(machine) {
    const comparison = machine.comparison;
    if (comparison === null)
        return { words: 'not compared', detail: ' with a baseline' };
    if (comparison.verdict === 'no-baseline') {
        return {
            words: 'no baseline for this hardware yet',
            detail: ` (fingerprint ${escapeText(machine.results.topology.fingerprint)})`
        };
    }
    const undecided = comparison.cells.filter((cell) => cell.verdict === 'inconclusive').length;
    if (comparison.regressions === 0 && comparison.verdict === 'inconclusive') {
        const decided = comparison.cells.length - undecided;
        return {
            words: 'inconclusive',
            detail: `: ${undecided} of ${plural(comparison.cells.length, 'metric')} undecided${commonReason(comparison)}` +
                (decided > 0 ? ', no regression among the rest' : '')
        };
    }
    const extras = [
        ...(comparison.improvements > 0 ? [plural(comparison.improvements, 'improvement')] : []),
        ...(undecided > 0 ? [`${undecided} inconclusive`] : [])
    ];
    const words = comparison.regressions > 0 ? plural(comparison.regressions, 'regression') : 'no regression';
    return { words, detail: extras.map((extra) => `, ${extra}`).join('') };
}
/** "2 regressions, 1 improvement" without markup, for the per-machine list of a multi-machine headline. */
function plainPhrase(machine) {
    const { words, detail } = phrase(machine);
    return `${words}${detail}`;
}
function notNumaCapable(machine) {
    return machine.results.topology.numaCapable
        ? ''
        : ' · **runner not NUMA-capable** (fewer than two nodes with usable CPUs, so no cross-node figures)';
}
/** How sure, and against what: the statistics behind a compared machine's verdict. */
function basis(machine) {
    const comparison = machine.comparison;
    if (comparison === null || comparison.verdict === 'no-baseline')
        return '';
    const source = comparison.baselineSource === null ? '' : `; baseline: ${escapeText(comparison.baselineSource)}`;
    return ` (${plural(comparison.cells.length, 'metric')} compared, ${certainty(comparison.alpha, comparison.threshold)}${source})`;
}
/** One machine's verdict line, as it opens a single-machine report or a machine's section. */
function machineVerdictLine(machine) {
    const { words, detail } = phrase(machine);
    const capitalised = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
    return `${ICON[machineVerdict(machine)]} **${capitalised}**${detail}${basis(machine)}${notNumaCapable(machine)}`;
}
/** The document's first line: one machine's verdict, or the most urgent across machines and each machine's own. */
function verdictLine(machines) {
    if (machines.length === 0)
        throw new Error('report: no machines to report on; expected at least one results file');
    if (machines.length === 1)
        return `numa-spsc-bench: ${machineVerdictLine(machines[0])}`;
    const verdicts = machines.map(machineVerdict);
    const worst = SEVERITY.find((verdict) => verdicts.includes(verdict)) ?? 'no-regression';
    const count = (verdict) => verdicts.filter((each) => each === verdict).length;
    const regressions = machines.reduce((sum, machine) => sum + (machine.comparison?.regressions ?? 0), 0);
    const on = `on ${count(worst)} of ${machines.length} machines`;
    const headline = {
        regression: `**${plural(regressions, 'regression')}** ${on}`,
        inconclusive: `**Inconclusive** ${on}`,
        'no-baseline': `**No baseline for this hardware yet** ${on}`,
        'not-compared': `**Not compared** with a baseline ${on}`,
        'no-regression': `**No regression** on ${plural(machines.length, 'machine')}`
    };
    const compared = machines.flatMap((machine) => machine.comparison === null || machine.comparison.verdict === 'no-baseline' ? [] : [machine.comparison]);
    const settings = new Set(compared.map((comparison) => certainty(comparison.alpha, comparison.threshold)));
    const sure = settings.size === 1 ? ` (${[...settings][0]})` : '';
    const each = machines
        .map((machine) => `${escapeText(machine.label, 80)}: ${plainPhrase(machine)}${machine.results.topology.numaCapable ? '' : ', not NUMA-capable'}`)
        .join('; ');
    return `numa-spsc-bench: ${ICON[worst]} ${headline[worst]}${sure} — ${each}`;
}

;// CONCATENATED MODULE: ./src/report/render.ts







/** Comfortably under GitHub's 65,536-character limit for comment bodies, leaving room for the caller's own lines. */
const DEFAULT_MAX_CHARS = 60_000;
/** Below this not even a short verdict with its note fits, so a smaller cap is a mistake in the caller. */
const MIN_MAX_CHARS = 1_000;
const DEFAULT_FULL_REPORT_HINT = 'the job summary and the report.md artifact of this run';
/** Sections in the order they are cut: collapsed details first, the changes against the baseline last. */
const CUT_ORDER = [
    'cells',
    'plan',
    'topology',
    'environment',
    'invalid',
    'inconclusive',
    'chart',
    'penalty',
    'findings',
    'changes'
];
function machineSummary(results) {
    const topology = results.topology;
    return (`${escapeText(topology.cpuModel ?? 'unknown CPU')} · ${plural(topology.packages, 'package')}, ` +
        `${plural(topology.nodes.length, 'NUMA node')}, ${plural(topology.pus, 'logical CPU')} · fingerprint ${escapeText(topology.fingerprint)} · ` +
        `${plural(results.cells.length, 'cell')} × ${plural(results.plan.repetitions, 'repetition')}` +
        `${results.interrupted ? ' · **interrupted run**: some samples were never taken' : ''}`);
}
function machineParts(machine, several) {
    const parts = [];
    const add = (text, kind, title = '') => {
        if (text === null)
            return;
        const named = several ? `${title} (${escapeText(machine.label, 60)})` : title;
        parts.push({ text, cut: kind === undefined ? null : { kind, title: named } });
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
    const tables = penaltyTables(machine.figures, results);
    if (tables.length === 0) {
        add(results.topology.numaCapable
            ? '### NUMA penalty per placement class\n\nNo placement-class figures: no two classes had enough valid samples to compare.'
            : '### NUMA penalty per placement class\n\nNo cross-node figures: this runner has fewer than two nodes with usable CPUs.');
    }
    tables.forEach((table, position) => {
        const heading = position === 0 ? '### NUMA penalty per placement class\n\n' : '';
        add(`${heading}${renderPenaltyTable(table)}`, 'penalty', `NUMA penalty table, ${table.implementation}`);
        add(renderThroughputChart(table), 'chart', `throughput chart, ${table.implementation}`);
    });
    if (machine.comparison !== null && machine.comparison.verdict !== 'no-baseline') {
        add(`### Changes against the baseline\n\n${renderChanges(machine.comparison)}`, 'changes', 'changes against the baseline');
        const inconclusive = renderInconclusive(machine.comparison);
        if (inconclusive !== null) {
            add(collapsed(`Inconclusive metrics and why`, inconclusive), 'inconclusive', 'inconclusive metrics');
        }
    }
    const found = renderFindings(findings(machine.figures, tables));
    if (found !== null)
        add(`### Findings and recommendations\n\n${found}`, 'findings', 'findings and recommendations');
    add(renderTopology(results), 'topology', 'topology');
    add(renderEnvironment(results), 'environment', 'environment');
    add(renderPlan(results), 'plan', 'plan');
    add(renderInvalidCells(results), 'invalid', 'invalid cells');
    add(renderCellTable(results), 'cells', 'per-cell medians');
    return parts;
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
function renderReport(machines, options = {}) {
    const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
    if (!Number.isInteger(maxChars) || maxChars < MIN_MAX_CHARS) {
        throw new Error(`report maxChars ${maxChars}: expected a whole number of at least ${MIN_MAX_CHARS}`);
    }
    const hint = escapeText(options.fullReportHint ?? DEFAULT_FULL_REPORT_HINT);
    const head = verdictLine(machines);
    const several = machines.length > 1;
    let parts = machines.flatMap((machine) => machineParts(machine, several));
    const truncated = [];
    let markdown = assemble(head, null, parts);
    while (markdown.length > maxChars) {
        const victim = nextToCut(parts);
        if (victim === null)
            break;
        truncated.push(victim.cut?.title ?? '');
        parts = parts.filter((part) => part !== victim);
        markdown = assemble(head, cutNote(truncated, maxChars, hint), parts);
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
    const split = paths.map((path) => (0,external_node_path_.dirname)((0,external_node_path_.resolve)(path)).split(external_node_path_.sep));
    const shared = [];
    for (let index = 0; split.every((parts) => index < parts.length && parts[index] === split[0][index]); index++) {
        shared.push(split[0][index]);
    }
    return shared.join(external_node_path_.sep) || external_node_path_.sep;
}
/** "host-a: 2-socket/results.json" for several files, "host-a: results.json" for one. */
function labels(paths, results) {
    const base = commonDirectory(paths);
    return paths.map((path, index) => {
        const shown = paths.length === 1 ? (0,external_node_path_.basename)(path) : (0,external_node_path_.relative)(base, (0,external_node_path_.resolve)(path));
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







;// CONCATENATED MODULE: ./src/doctor/checks.ts
/**
 * What a machine needs for trustworthy numbers, as pure checks over readings taken elsewhere (readings.ts), so
 * every rule is testable without the machine it describes. Every finding that is not "ok" carries the command (or,
 * for hardware and firmware, the change) that fixes it.
 */

/** Exit status of `numa-spsc-bench doctor`. A tree that cannot be read at all exits 2 through the CLI's error path. */
const DOCTOR_EXIT = { ready: 0, warnings: 1, unusable: 2 };
/** Every check, in print order; a check may report several findings (e.g. two separate isolation problems). */
function diagnose(readings) {
    return [
        numaNodes,
        toolchain,
        numaBalancing,
        hugepages,
        governor,
        smt,
        isolation,
        perfCounters,
        hardwarePmu,
        cpuset,
        cpuQuota,
        otherLoad,
        virtualization
    ].flatMap((check) => check(readings));
}
function doctorExitCode(findings) {
    if (findings.some((finding) => finding.severity === 'fail'))
        return DOCTOR_EXIT.unusable;
    if (findings.some((finding) => finding.severity === 'warn'))
        return DOCTOR_EXIT.warnings;
    return DOCTOR_EXIT.ready;
}
function ok(check, message) {
    return [{ check, severity: 'ok', message }];
}
/** "sudo systemctl set-property <unit> …" for the runner's own unit when the process runs in one. */
function unitCommand(r, setting) {
    return `sudo systemctl set-property ${r.systemdUnit ?? '<runner unit>.service'} ${setting}`;
}
function numaNodes(r) {
    const withCpus = r.nodes.filter((node) => node.cpus.length > 0).length;
    if (withCpus >= 2)
        return ok('numa', `${withCpus} NUMA nodes with CPUs (${r.nodes.length} in all)`);
    return [
        {
            check: 'numa',
            severity: 'warn',
            message: `${r.nodes.length} NUMA node(s), ${withCpus} with CPUs: only same-node classes can be measured`,
            fix: 'run on a multi-socket machine, or enable sub-NUMA clustering (Intel SNC) / NPS2-4 (AMD) in the BIOS'
        }
    ];
}
function toolchain(r) {
    const missing = [r.compiler === null ? 'cc' : null, r.make === null ? 'make' : null].filter(Boolean);
    if (missing.length === 0)
        return ok('toolchain', `${r.compiler}; ${r.make}`);
    return [
        {
            check: 'toolchain',
            severity: 'fail',
            message: `${missing.join(' and ')} not found: the native benchmark cannot be built`,
            fix: 'sudo apt-get install -y build-essential   # or: sudo dnf install -y gcc make'
        }
    ];
}
function numaBalancing(r) {
    if (r.numaBalancing === null || r.numaBalancing === '0')
        return ok('numa_balancing', 'automatic NUMA balancing is off');
    return [
        {
            check: 'numa_balancing',
            severity: 'warn',
            message: `kernel.numa_balancing=${r.numaBalancing}: the kernel may migrate the ring's pages during a run`,
            fix: 'sudo sysctl -w kernel.numa_balancing=0   # persist: echo kernel.numa_balancing=0 | sudo tee /etc/sysctl.d/60-numa-spsc-bench.conf'
        }
    ];
}
function hugepages(r) {
    if (r.transparentHugepages !== 'always') {
        return ok('thp', `transparent huge pages: ${r.transparentHugepages ?? 'not present'}`);
    }
    return [
        {
            check: 'thp',
            severity: 'warn',
            message: 'transparent huge pages "always": khugepaged may collapse and migrate the ring between runs',
            fix: 'echo madvise | sudo tee /sys/kernel/mm/transparent_hugepage/enabled   # persist: transparent_hugepage=madvise on the kernel command line'
        }
    ];
}
function governor(r) {
    const entries = Object.entries(r.governors);
    if (entries.length === 0)
        return ok('governor', 'no cpufreq governor exposed (fixed frequency or a VM)');
    const slow = entries.filter(([, name]) => name !== 'performance');
    if (slow.length === 0)
        return ok('governor', 'every CPU uses the performance governor');
    const names = [...new Set(slow.map(([, name]) => name))].join(', ');
    return [
        {
            check: 'governor',
            severity: 'warn',
            message: `CPU frequency governor ${names} on CPUs ${formatCpuList(slow.map(([id]) => Number(id)))}: clock ramps add noise to short samples`,
            fix: 'echo performance | sudo tee /sys/devices/system/cpu/cpu*/cpufreq/scaling_governor   # or: sudo cpupower frequency-set -g performance'
        }
    ];
}
function smt(r) {
    if (r.smtControl === 'off') {
        return [
            {
                check: 'smt',
                severity: 'warn',
                message: 'SMT switched off at run time: the smt-sibling class cannot be measured',
                fix: 'echo on | sudo tee /sys/devices/system/cpu/smt/control'
            }
        ];
    }
    if (r.smtControl === 'forceoff') {
        return [
            {
                check: 'smt',
                severity: 'warn',
                message: 'SMT forced off (nosmt on the kernel command line): the smt-sibling class cannot be measured',
                fix: 'remove nosmt (and mitigations=auto,nosmt) from GRUB_CMDLINE_LINUX in /etc/default/grub, then sudo update-grub && sudo reboot'
            }
        ];
    }
    if (r.smtSiblings.length > 0)
        return ok('smt', `SMT on (${r.smtSiblings.length} cores with siblings): the smt-sibling class can be measured`);
    return ok('smt', `no SMT siblings (control: ${r.smtControl ?? 'absent'}): the smt-sibling class is reported as not available`);
}
/**
 * Housekeeping CPUs: the first CPU of each node with CPUs and its SMT siblings (the planner avoids them when the
 * class has another pair); the rest are proposed for isolation.
 */
function proposedIsolation(r) {
    const firsts = r.nodes.filter((node) => node.cpus.length > 0).map((node) => node.cpus[0]);
    if (firsts.length === 0 && r.onlineCpus.length > 0)
        firsts.push(r.onlineCpus[0]);
    const housekeeping = new Set(firsts.flatMap((cpu) => r.smtSiblings.find((group) => group.includes(cpu)) ?? [cpu]));
    return {
        housekeeping: [...housekeeping].sort((a, b) => a - b),
        isolated: r.onlineCpus.filter((cpu) => !housekeeping.has(cpu))
    };
}
function isolation(r) {
    const isolated = [...new Set([...r.isolatedCpus, ...r.nohzFull])].sort((a, b) => a - b);
    if (isolated.length === 0) {
        const proposal = proposedIsolation(r);
        const cpus = formatCpuList(proposal.isolated);
        const fix = proposal.isolated.length === 0
            ? 'a machine with more than one CPU per node, so that some can be isolated'
            : `add "isolcpus=${cpus} nohz_full=${cpus} rcu_nocbs=${cpus}" ` +
                'to GRUB_CMDLINE_LINUX in /etc/default/grub, sudo update-grub && sudo reboot, then give the runner unit ' +
                `CPUAffinity=${formatCpuList(r.onlineCpus)} (docs/self-hosted-runner.md)`;
        return [
            {
                check: 'isolation',
                severity: 'warn',
                message: 'no isolcpus/nohz_full: the scheduler and interrupts share the measured CPUs ' +
                    `(housekeeping CPUs would be ${formatCpuList(proposal.housekeeping)})`,
                fix
            }
        ];
    }
    const findings = [];
    const allowed = new Set(r.allowedCpus);
    const unreachable = isolated.filter((cpu) => !allowed.has(cpu));
    if (unreachable.length > 0) {
        findings.push({
            check: 'isolation',
            severity: 'warn',
            message: `isolated CPUs ${formatCpuList(unreachable)} are outside this process's affinity (isolcpus= narrows every process ` +
                'to the housekeeping CPUs): the benchmark will not place threads on them',
            fix: `${unitCommand(r, `CPUAffinity=${formatCpuList(r.onlineCpus)}`)}   # or CPUAffinity= in a drop-in of the runner unit`
        });
    }
    const isolatedSet = new Set(isolated);
    const split = r.smtSiblings.filter((group) => group.some((cpu) => isolatedSet.has(cpu)) && group.some((cpu) => !isolatedSet.has(cpu)));
    if (split.length > 0) {
        const shared = split.flatMap((group) => group.filter((cpu) => !isolatedSet.has(cpu)));
        findings.push({
            check: 'isolation',
            severity: 'warn',
            message: `SMT siblings ${formatCpuList(shared)} of isolated CPUs are not isolated: work on them shares the measured cores`,
            fix: `isolate whole cores: isolcpus=${formatCpuList([...isolated, ...shared])} (and the same for nohz_full=, rcu_nocbs=)`
        });
    }
    if (findings.length > 0)
        return findings;
    return ok('isolation', `isolated CPUs: ${formatCpuList(r.isolatedCpus) || '-'}; nohz_full: ${formatCpuList(r.nohzFull) || '-'}`);
}
/**
 * The driver counts its own threads' user-space events (perf_event_open with pid 0, exclude_kernel), which
 * perf_event_paranoid 2 still allows; 3 and above (Debian's and Ubuntu's patches) forbid it to unprivileged users.
 */
function perfCounters(r) {
    if (r.perfEventParanoid !== null && r.perfEventParanoid <= 2) {
        return ok('perf', `perf_event_paranoid=${r.perfEventParanoid}: user-space counters readable where the CPU exposes a PMU`);
    }
    if (r.perfEventParanoid === null) {
        return [
            {
                check: 'perf',
                severity: 'warn',
                message: 'no /proc/sys/kernel/perf_event_paranoid (a kernel without perf events, or a tree captured without it): cycles and LLC misses will be null',
                fix: 'a kernel built with CONFIG_PERF_EVENTS (every distribution kernel is)'
            }
        ];
    }
    return [
        {
            check: 'perf',
            severity: 'warn',
            message: `perf_event_paranoid=${r.perfEventParanoid}: unprivileged counters are forbidden, so cycles and LLC misses will be null`,
            fix: 'sudo sysctl -w kernel.perf_event_paranoid=2   # persist: echo kernel.perf_event_paranoid=2 | sudo tee /etc/sysctl.d/60-numa-spsc-bench.conf'
        }
    ];
}
/** The core PMU's event source: "cpu" on x86 ("cpu_core"/"cpu_atom" on hybrid parts), "armv8_…" or "armv7_…" on Arm. */
const CORE_PMU = /^(cpu|cpu_core|cpu_atom|armv[78]_.*)$/;
function hardwarePmu(r) {
    if (r.eventSources === null)
        return ok('pmu', 'no /sys/bus/event_source: hardware counters not known');
    const core = r.eventSources.filter((name) => CORE_PMU.test(name));
    if (core.length > 0)
        return ok('pmu', `hardware counters: ${core.join(', ')}`);
    return [
        {
            check: 'pmu',
            severity: 'warn',
            message: `no core PMU among the event sources (${r.eventSources.join(', ') || 'none'}): cycles, instructions and LLC misses will be null`,
            fix: 'use bare metal, or give the VM a virtual PMU (QEMU/KVM: -cpu host,pmu=on; libvirt: <pmu state="on"/>)'
        }
    ];
}
function cpuset(r) {
    const findings = [];
    const allowed = new Set(r.allowedCpus);
    const isolated = new Set([...r.isolatedCpus, ...r.nohzFull]);
    // CPUs hidden only because isolcpus= narrowed the inherited affinity are the isolation check's finding.
    const hidden = r.onlineCpus.filter((cpu) => !allowed.has(cpu) && !isolated.has(cpu));
    if (r.allowedCpus.length < 2) {
        findings.push({
            check: 'cpuset',
            severity: 'fail',
            message: `only CPU ${formatCpuList(r.allowedCpus) || 'none'} usable by this process: a producer and a consumer need two`,
            fix: unitCommand(r, `AllowedCPUs=${formatCpuList(r.onlineCpus)} CPUAffinity=${formatCpuList(r.onlineCpus)}`)
        });
    }
    else if (hidden.length > 0) {
        findings.push({
            check: 'cpuset',
            severity: 'warn',
            message: `CPUs ${formatCpuList(hidden)} are outside this process's affinity or cgroup cpuset: classes needing them are skipped`,
            fix: unitCommand(r, `AllowedCPUs=${formatCpuList(r.onlineCpus)}`)
        });
    }
    const memoryNodes = r.nodes.filter((node) => node.memoryMiB !== 0).map((node) => node.id);
    const deniedNodes = r.allowedMemoryNodes === null ? [] : memoryNodes.filter((id) => !r.allowedMemoryNodes?.includes(id));
    if (deniedNodes.length > 0) {
        findings.push({
            check: 'cpuset',
            severity: 'warn',
            message: `memory nodes ${formatCpuList(deniedNodes)} are outside this process's cpuset.mems: memory homes there cannot be bound`,
            fix: unitCommand(r, `AllowedMemoryNodes=${formatCpuList(memoryNodes)}`)
        });
    }
    if (findings.length > 0)
        return findings;
    return ok('cpuset', `all ${r.onlineCpus.length} CPUs and ${r.allowedMemoryNodes === null ? 'every' : 'all'} memory nodes usable by this process`);
}
/** A quota throttles both spinning threads for the rest of each period once it is spent: latency spikes, not noise. */
function cpuQuota(r) {
    const quota = r.cpuQuota;
    if (quota === null || quota.cpus >= r.allowedCpus.length)
        return ok('cpu.max', 'no CPU-time quota below the usable CPUs');
    const fix = `${unitCommand(r, `CPUQuota=${r.allowedCpus.length * 100}%`)}   # a container: run it without --cpus`;
    const where = `${quota.file} (cgroup ${quota.cgroup})`;
    if (quota.cpus < 2) {
        return [
            {
                check: 'cpu.max',
                severity: 'fail',
                message: `CPU quota of ${quota.cpus.toFixed(2)} CPUs in ${where}: two spinning threads are throttled every period`,
                fix
            }
        ];
    }
    return [
        {
            check: 'cpu.max',
            severity: 'warn',
            message: `CPU quota of ${quota.cpus.toFixed(2)} CPUs in ${where}, below the ${r.allowedCpus.length} usable: ` +
                'other work in the cgroup can get the benchmark throttled',
            fix
        }
    ];
}
function otherLoad(r) {
    if (r.loadAverage1m === null)
        return ok('load', 'no /proc/loadavg: other load not known');
    const cpus = Math.max(1, r.onlineCpus.length);
    if (r.loadAverage1m / cpus < 0.25)
        return ok('load', `load average ${r.loadAverage1m.toFixed(2)} on ${cpus} CPUs`);
    return [
        {
            check: 'load',
            severity: 'warn',
            message: `load average ${r.loadAverage1m.toFixed(2)} on ${cpus} CPUs: other work competes with the benchmark`,
            fix: 'top -o %CPU   # find and stop it; keep one runner service per machine and no other jobs on it'
        }
    ];
}
function virtualization(r) {
    if (!r.virtualized)
        return ok('vm', 'bare metal (no hypervisor flag)');
    return [
        {
            check: 'vm',
            severity: 'warn',
            message: 'running under a hypervisor: the NUMA topology and core pairs may be synthetic and timings noisy',
            fix: 'use a bare-metal runner (e.g. a *.metal cloud instance) for published numbers'
        }
    ];
}

;// CONCATENATED MODULE: ./src/doctor/readings.ts
/**
 * Takes the doctor's readings from a machine, or from a fake root holding sys/ and proc/, so checks.ts stays pure and
 * every reading can be tested on a synthetic tree. Only the toolchain probe runs commands, and tests replace it.
 */





function firstLineOf(command, args) {
    try {
        return (0,external_node_child_process_.execFileSync)(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
            .split('\n')[0]
            .trim();
    }
    catch {
        return null;
    }
}
function cpuListIn(text, source) {
    try {
        return parseCpuList(text, source);
    }
    catch (error) {
        throw error instanceof CpuSetSyntaxError ? new TopologyError(error.message) : error;
    }
}
function directoryNames(tree, path) {
    return tree.isDirectory(path) ? (0,external_node_fs_.readdirSync)(tree.path(path)).sort() : null;
}
/** Governor of each CPU that has cpufreq, keyed by CPU id. */
function governors(tree) {
    const found = {};
    for (const id of tree.numberedEntries('sys/devices/system/cpu', 'cpu')) {
        const governor = tree.text(`sys/devices/system/cpu/cpu${id}/cpufreq/scaling_governor`);
        if (governor !== null)
            found[id] = governor;
    }
    return found;
}
/**
 * A CPU list from sysfs, or from the kernel command line on kernels without the file. `isolcpus=` may start with
 * flags ("domain,managed_irq,2-7"), which are not CPUs; nohz_full reads "(null)" on some kernels when unset.
 */
function bootCpuList(tree, sysfsFile, parameter, cmdline) {
    const fromSysfs = tree.text(sysfsFile);
    if (fromSysfs !== null) {
        return fromSysfs === '' || fromSysfs === '(null)' ? [] : cpuListIn(fromSysfs, tree.path(sysfsFile));
    }
    const value = new RegExp(`(?:^|\\s)${parameter}=(\\S+)`).exec(cmdline)?.[1];
    if (value === undefined)
        return [];
    const cpus = value
        .split(',')
        .filter((part) => /^\d/.test(part))
        .join(',');
    return cpus === '' ? [] : cpuListIn(cpus, `${tree.path('proc/cmdline')} ${parameter}=`);
}
/** Mounts holding the cpu controller: cgroup2, or a cgroup v1 hierarchy mounted with `cpu`. */
function cpuControllerMounts(tree) {
    return (tree.text('proc/mounts') ?? '').split('\n').flatMap((line) => {
        const [, mountPoint = '', type, options = ''] = line.split(/\s+/);
        const at = mountPoint.replace(/^\//, '');
        if (type === 'cgroup2')
            return [{ mountPoint: at, version: 2 }];
        if (type === 'cgroup' && options.split(',').includes('cpu'))
            return [{ mountPoint: at, version: 1 }];
        return [];
    });
}
/** This process's cgroup path for the mount, from proc/self/cgroup ("0::/path" or "N:cpu,cpuacct:/path"). */
function cgroupPath(tree, mount) {
    const line = (tree.text('proc/self/cgroup') ?? '')
        .split('\n')
        .find((entry) => (mount.version === 2 ? entry.startsWith('0::') : /^\d+:([^:]*,)?cpu(,[^:]*)?:/.test(entry)));
    return line === undefined ? null : line.slice(line.lastIndexOf(':') + 1);
}
/** "max 100000", "200000 100000" (cgroup2 cpu.max) or a v1 quota and period in µs → CPUs' worth of time, null: none. */
function quotaAt(tree, folder, version) {
    if (version === 2) {
        const file = (0,external_node_path_.join)(folder, 'cpu.max');
        const text = tree.text(file);
        if (text === null)
            return null;
        const [quota, period = '100000'] = text.split(/\s+/);
        if (quota === 'max')
            return null;
        if (!/^\d+$/.test(quota) || !/^\d+$/.test(period) || Number(period) === 0) {
            throw new TopologyError(`${tree.path(file)}: "${text}" is not "max <period>" or "<quota> <period>"`);
        }
        return { cpus: Number(quota) / Number(period), file };
    }
    const quota = tree.integer((0,external_node_path_.join)(folder, 'cpu.cfs_quota_us'));
    const period = tree.integer((0,external_node_path_.join)(folder, 'cpu.cfs_period_us'));
    if (quota === null || quota < 0 || period === null || period <= 0)
        return null;
    return { cpus: quota / period, file: (0,external_node_path_.join)(folder, 'cpu.cfs_quota_us') };
}
/** The tightest CPU-time quota on this process's cgroup or any of its ancestors, in every cpu hierarchy. */
function readings_cpuQuota(tree) {
    let tightest = null;
    for (const mount of cpuControllerMounts(tree)) {
        const path = cgroupPath(tree, mount);
        if (path === null)
            continue;
        for (let folder = (0,external_node_path_.join)(mount.mountPoint, path).replace(/\/+$/, '');; folder = (0,external_node_path_.dirname)(folder)) {
            const quota = quotaAt(tree, folder, mount.version);
            if (quota !== null && (tightest === null || quota.cpus < tightest.cpus))
                tightest = { ...quota, cgroup: path };
            if (!folder.startsWith(`${mount.mountPoint}/`))
                break;
        }
    }
    return tightest;
}
/** The systemd unit owning this process's cgroup ("…/actions.runner.x.service" → its name), for the fix lines. */
function systemdUnit(tree) {
    const text = tree.text('proc/self/cgroup') ?? '';
    const paths = text.split('\n').map((line) => line.slice(line.lastIndexOf(':') + 1));
    for (const path of paths) {
        const unit = path
            .split('/')
            .reverse()
            .find((part) => /\.(service|scope)$/.test(part));
        if (unit !== undefined)
            return unit;
    }
    return null;
}
function takeReadings(topology, root, options = {}) {
    const probe = options.probe ?? firstLineOf;
    const tree = new SysfsTree(root);
    const cmdline = tree.text('proc/cmdline') ?? '';
    const load = tree.text('proc/loadavg');
    const loadAverage1m = load === null ? null : Number(load.split(/\s+/)[0]);
    if (loadAverage1m !== null && !Number.isFinite(loadAverage1m)) {
        throw new TopologyError(`${tree.path('proc/loadavg')}: "${load}" does not start with a load average`);
    }
    const siblingGroups = new Map(topology.cpus.map((cpu) => [cpu.siblings.join(','), cpu.siblings]));
    return {
        nodes: topology.nodes,
        onlineCpus: topology.cpus.map((cpu) => cpu.id),
        numaBalancing: topology.kernel.numaBalancing,
        transparentHugepages: topology.kernel.transparentHugepages,
        governors: governors(tree),
        smtControl: tree.text('sys/devices/system/cpu/smt/control'),
        smtSiblings: [...siblingGroups.values()].filter((group) => group.length > 1),
        isolatedCpus: bootCpuList(tree, 'sys/devices/system/cpu/isolated', 'isolcpus', cmdline),
        nohzFull: bootCpuList(tree, 'sys/devices/system/cpu/nohz_full', 'nohz_full', cmdline),
        perfEventParanoid: tree.integer('proc/sys/kernel/perf_event_paranoid'),
        eventSources: directoryNames(tree, 'sys/bus/event_source/devices'),
        compiler: probe(options.compiler ?? process.env.CC ?? 'cc', ['--version']),
        make: probe('make', ['--version']),
        allowedCpus: topology.allowedCpus,
        allowedMemoryNodes: topology.allowedMemoryNodes ?? null,
        cpuQuota: readings_cpuQuota(tree),
        systemdUnit: systemdUnit(tree),
        loadAverage1m,
        virtualized: topology.virtualized
    };
}

;// CONCATENATED MODULE: ./src/doctor/index.ts





const MARK = { ok: 'ok  ', warn: 'WARN', fail: 'FAIL' };
const VERDICT = ['ready', 'usable with warnings', 'unusable'];
/**
 * Reads the machine under `root`, prints each finding with its fix and returns the exit status:
 * 0 ready, 1 usable with warnings, 2 unusable (DOCTOR_EXIT).
 */
function runDoctor(root, print, options = {}) {
    const findings = diagnose(takeReadings(readTopology(root), root, options));
    for (const finding of findings) {
        print(`${MARK[finding.severity]} ${finding.check}: ${finding.message}`);
        if (finding.fix !== undefined)
            print(`     fix: ${finding.fix}`);
    }
    const exitCode = doctorExitCode(findings);
    print('');
    print(`verdict: ${VERDICT[exitCode]} (exit status ${exitCode})`);
    return exitCode;
}

;// CONCATENATED MODULE: ./src/cli/index.ts
/**
 * numa-spsc-bench: the local shell around the pipeline. Each command maps its flags onto the action's input names,
 * so both shells share one validation (config.ts) and one pipeline (pipeline.ts).
 */













const EXIT_ERROR = 2;
/** Commander gives camelCase keys; config.ts wants the action's kebab-case input names. */
function toRaw(options) {
    const raw = {};
    for (const [key, value] of Object.entries(options)) {
        if (value === undefined || typeof value === 'object')
            continue;
        raw[key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)] = String(value);
    }
    return raw;
}
function log(line) {
    process.stderr.write(`${line}\n`);
}
const cli_program = new Command()
    .name('numa-spsc-bench')
    .description('Benchmark SPSC channels under NUMA placement permutations')
    .showHelpAfterError();
const sysfsRoot = new Option('--sysfs-root <dir>', 'root holding sys/ and proc/').default('/');
cli_program
    .command('topology')
    .description('print the NUMA topology, distances and placement classes')
    .addOption(sysfsRoot)
    .option('--json', 'one JSON object instead of the summary')
    .action((options) => {
    const detected = detect(buildConfig(toRaw({ sysfsRoot: options.sysfsRoot })));
    process.stdout.write(options.json
        ? `${JSON.stringify(topologyToJson(detected.topology, detected.classes))}\n`
        : renderTopologyText(detected.topology, detected.classes));
});
function matrixOptions(command) {
    return command
        .addOption(sysfsRoot)
        .option('--budget <time>', 'time budget, e.g. 90s, 5m', '60s')
        .option('--classes <list>', 'placement classes to run (comma-separated)')
        .option('--paddings <list>', 'index separations in bytes', '0,64,128')
        .option('--modes <list>', 'throughput, pingpong, same-thread', 'throughput,pingpong,same-thread')
        .option('--seed <n>', 'seed of the interleaved order')
        .option('--messages <n>', 'timed messages per sample in every mode, for smoke tests (default: 1M throughput, 100k pingpong, 5M same-thread)')
        .option('--subject-build <command>', 'command that builds your SPSC subject, run once')
        .option('--subject-command <command>', 'command run per sample for your subject (see docs/subject-protocol.md)');
}
matrixOptions(cli_program.command('plan').description('show what a run would measure and how long it would take'))
    .option('--json', 'the plan as JSON')
    .action((options) => {
    const config = buildConfig(subjectKind(toRaw(options)));
    const plan = planFor(config, detect(config), config.seed ?? 1);
    process.stdout.write(options.json ? `${JSON.stringify(plan)}\n` : renderPlanText(plan));
});
function subjectKind(raw) {
    return { ...raw, subject: raw['subject-command'] ? 'command' : 'reference' };
}
matrixOptions(cli_program.command('run').description('measure the matrix and write results.json'))
    .option('--out <dir>', 'where results.json goes', 'numa-spsc-bench-results')
    .option('--require-numa', 'fail unless at least two NUMA nodes have CPUs this process may use')
    .option('--baseline-directory <dir>', 'local baseline store (see "Baseline" below)', '.numa-spsc-bench')
    .option('--save-baseline', 'save this run as the baseline for this hardware even when one exists')
    .option('--no-baseline', 'neither compare with nor save to the local baseline store')
    .addOption(new Option('--fail-on <verdict>', 'exit 1 on a regression against the baseline, or never')
    .choices(['regression', 'never'])
    .default('never'))
    .option('--threshold <fraction>', 'smallest relative change that counts', '0.05')
    .option('--alpha <p>', 'significance level after Holm correction', '0.01')
    .option('--build-dir <dir>', 'where the native driver is built, and reused while its sources and compiler are unchanged (default: <tmp>/numa-spsc-bench-build)')
    .addHelpText('after', `
Baseline: after the run, the results are compared with the newest baseline saved for this hardware (same topology
fingerprint) in --baseline-directory, and the per-cell table and verdict are printed. When the store has no baseline
for this hardware yet, this run is saved as the first one. --save-baseline saves it even when one exists (the old one
stays in the history); --no-baseline skips both. An interrupted run is never saved. Manage the store with
"numa-spsc-bench baseline save|show|list"; compare two files with "numa-spsc-bench compare".`)
    .action(async (options) => {
    const config = buildConfig({
        ...subjectKind(toRaw({ ...options, saveBaseline: options.saveBaseline ? 'true' : 'auto' })),
        'out-dir': String(options.out),
        'baseline-store': options.baseline === false ? 'none' : 'directory'
    });
    const detected = detect(config);
    requireNumaCapable(config, detected);
    if (!detected.topology.numaCapable) {
        log('This machine has one NUMA node: cross-node classes are not available; the rest is measured.');
    }
    const plan = planFor(config, detected, config.seed ?? defaultSeed());
    const stop = new AbortController();
    process.once('SIGINT', () => {
        log('Interrupted: stopping the sample in flight and writing what was measured.');
        stop.abort();
    });
    const progress = createProgressReporter({ isTTY: Boolean(process.stderr.isTTY), log });
    const measured = await measure(config, detected, plan, {
        buildDir: typeof options.buildDir === 'string' ? options.buildDir : undefined,
        workspace: process.cwd(),
        signal: stop.signal,
        onProgress: progress.update,
        log
    });
    progress.stop();
    process.stdout.write(summarizeRun(measured.results));
    log(`results: ${measured.resultsPath}`);
    log(`invalid cells: ${invalidCellCount(measured.results)}`);
    if (config.baselineStore === 'none') {
        writeRunReport(measured.resultsPath, measured.results, null);
        return;
    }
    const git = localGitInfo(process.cwd());
    const outcome = await compareAndSaveBaseline(config, measured.results, {
        eventName: LOCAL_EVENT,
        commitSha: measured.results.environment.gitCommit ?? git.commitSha,
        ref: git.ref,
        baseBranch: null,
        mergeBaseSha: null,
        runId: null,
        repoDir: process.cwd(),
        saveFirstBaseline: true,
        log
    });
    process.stdout.write(`\n${renderComparisonText(outcome.comparison)}`);
    writeRunReport(measured.resultsPath, measured.results, outcome.comparison);
    if (outcome.saveError !== null)
        throw new Error(outcome.saveError);
    if (config.failOn === 'regression' && outcome.comparison.verdict === 'regression')
        process.exitCode = EXIT_REGRESSION;
});
/** report.md beside results.json: the same document the action posts, for one machine. */
function writeRunReport(resultsPath, results, comparison) {
    const report = renderReport([
        { label: results.environment.hostname, results, comparison, figures: numaFigures(results) }
    ]);
    const reportPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(resultsPath), 'report.md');
    (0,external_node_fs_.writeFileSync)(reportPath, report.markdown);
    log(`report: ${reportPath}`);
}
function finish(output) {
    process.stdout.write(output.stdout);
    process.exitCode = output.exitCode;
}
cli_program
    .command('compare')
    .description('compare a run with a baseline: the per-cell table and the overall verdict')
    .requiredOption('--baseline <path>', 'a results.json, a saved baseline record, or a baseline store directory')
    .requiredOption('--current <file>', 'the results.json of the run to judge')
    .option('--json', 'one JSON object: verdict, reason, baselineSource, cells (key, metric, medians, ratio, CI, p-value, verdict)')
    .addOption(new Option('--fail-on <verdict>', 'exit 1 on a regression, or never')
    .choices(['regression', 'never'])
    .default('regression'))
    .option('--threshold <fraction>', 'smallest relative change of a median that counts', '0.05')
    .option('--alpha <p>', 'significance level after Holm correction across cells', '0.01')
    .addHelpText('after', `
A store directory gives the newest baseline saved there for the current run's hardware (topology fingerprint); a
baseline of other hardware is never compared (verdict no-baseline). Verdicts: regression, improvement, no-change,
inconclusive, no-baseline. Exit status: 1 on a regression with --fail-on regression, 2 on an error, else 0.`)
    .action(async (options) => {
    const config = buildConfig(toRaw({ threshold: options.threshold, alpha: options.alpha, failOn: options.failOn }));
    finish(await compareCommand({
        baseline: options.baseline,
        current: options.current,
        json: options.json,
        failOn: config.failOn,
        threshold: config.threshold,
        alpha: config.alpha
    }));
});
/** --branch reads the git data branch of the repository in the working directory; else the directory store. */
function storeOf(flags) {
    return flags.branch === undefined
        ? openBaselineStore('directory', { directory: flags.store })
        : openBaselineStore('branch', { branch: flags.branch, repoDir: process.cwd() });
}
function storeOptions(command) {
    return command
        .option('--store <dir>', 'baseline store directory', '.numa-spsc-bench')
        .option('--branch <name>', 'use the git data branch of this repository (e.g. numa-spsc-bench-data) instead of --store');
}
const baseline = cli_program
    .command('baseline')
    .description('manage saved baselines: one folder per hardware fingerprint, the current baseline and its history');
storeOptions(baseline
    .command('save')
    .description('save a results.json as the current baseline for its hardware; older ones stay in the history'))
    .argument('<results>', 'results.json to save')
    .option('--commit <sha>', 'commit the results were measured on (default: the one recorded in results.json, else HEAD)')
    .option('--ref <ref>', 'branch the results belong to (default: the checked-out branch)')
    .option('--run-id <id>', 'a run id to record')
    .action(async (resultsPath, options) => {
    const git = localGitInfo(process.cwd());
    finish(await baselineSaveCommand({
        store: storeOf(options),
        resultsPath,
        commitSha: options.commit ?? null,
        checkoutCommitSha: git.commitSha,
        ref: options.ref ?? git.ref,
        runId: options.runId ?? null
    }));
});
storeOptions(baseline.command('show').description("show the baseline this machine's runs are compared with"))
    .addOption(sysfsRoot)
    .option('--fingerprint <id>', "hardware fingerprint (default: this machine's)")
    .option('--on <branch>', 'the newest saved from this branch (default: the newest saved)')
    .option('--json', 'the record as JSON')
    .action(async (options) => {
    const fingerprint = options.fingerprint ?? detect(buildConfig(toRaw({ sysfsRoot: options.sysfsRoot }))).topology.fingerprint;
    finish(await baselineShowCommand({
        store: storeOf(options),
        fingerprint,
        branch: options.on ?? null,
        json: options.json
    }));
});
storeOptions(baseline.command('list').description('list every saved baseline, oldest first'))
    .option('--fingerprint <id>', 'only this hardware')
    .option('--json', 'as JSON')
    .action(async (options) => {
    finish(await baselineListCommand({ store: storeOf(options), fingerprint: options.fingerprint, json: options.json }));
});
cli_program
    .command('report')
    .description('render results files (one per runner, e.g. a 2-socket and a 4-socket machine) into one Markdown report')
    .argument('<results...>', 'results.json files, one section each')
    .option('--baseline <path>', 'compare each run with this baseline: a results.json, a saved record or a store directory')
    .option('--out <file>', 'write the report to this file instead of standard output')
    .option('--max-chars <n>', 'cap the document at this many characters, cutting the least important sections first')
    .option('--threshold <fraction>', 'smallest relative change of a median that counts', '0.05')
    .option('--alpha <p>', 'significance level after Holm correction across cells', '0.01')
    .action(async (paths, options) => {
    const config = buildConfig(toRaw({ threshold: options.threshold, alpha: options.alpha }));
    const comparisons = new Map();
    if (options.baseline !== undefined) {
        for (const path of paths) {
            comparisons.set(path, await compareWithBaselinePath(options.baseline, readResultsFile(path), config));
        }
    }
    const maxChars = options.maxChars === undefined ? undefined : Number(options.maxChars);
    const report = reportFromFiles(paths, { maxChars, compare: (_results, path) => comparisons.get(path) ?? null });
    if (options.out === undefined) {
        process.stdout.write(report.markdown);
    }
    else {
        (0,external_node_fs_.writeFileSync)(options.out, report.markdown);
        log(`report: ${options.out}`);
    }
});
cli_program
    .command('doctor')
    .description('check whether this machine can produce trustworthy numbers, with the fix for each finding')
    .addOption(sysfsRoot)
    .action((options) => {
    process.exitCode = runDoctor(options.sysfsRoot, (line) => process.stdout.write(`${line}\n`));
});
cli_program.parseAsync(process.argv).catch((error) => {
    log(`numa-spsc-bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT_ERROR;
});

