// Runs a CLI command in this process with stdout and stderr captured (faster than spawning Node).

export interface CommandOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export async function captureOutput(command: () => Promise<number>): Promise<CommandOutput> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await command();
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
