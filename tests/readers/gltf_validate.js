// Validates a .gltf/.glb with the Khronos glTF validator (npm gltf-validator, installed by
// scripts/setup.sh into the repository's node_modules). Prints the counts; exit 1 on any error.
const fs = require('fs');
const path = require('path');
const validator = require('gltf-validator');

const file = process.argv[2];
const bytes = new Uint8Array(fs.readFileSync(file));
validator.validateBytes(bytes, {
    uri: path.basename(file),
    maxIssues: 50,
    externalResourceFunction: (uri) => new Promise((resolve, reject) => {
        fs.readFile(path.join(path.dirname(file), decodeURIComponent(uri)), (err, data) => err ? reject(err) : resolve(new Uint8Array(data)));
    }),
}).then((report) => {
    const i = report.issues;
    console.log(`gltf validator: ${i.numErrors} errors, ${i.numWarnings} warnings, ${i.numInfos} infos`);
    if (i.numErrors > 0) {
        for (const m of i.messages.filter((m) => m.severity === 0)) console.log(`  ${m.code} ${m.pointer || ''} ${m.message}`);
        process.exit(1);
    }
}).catch((e) => { console.log('validator failed: ' + e); process.exit(1); });
