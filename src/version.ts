// The tool version, recorded in every manifest (a new version rebuilds every case).
import pkg from '../package.json' with { type: 'json' };

export const toolVersion: string = pkg.version;
