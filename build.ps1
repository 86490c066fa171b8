#!/usr/bin/env pwsh
<#
.SYNOPSIS
  GoOverview build script: build, test, export (the main job), publish (native-AOT CLI, the fast path),
  publish-r2r (ReadyToRun CLI), bench, pack.
.EXAMPLE
  dotnet tool run pwsh build.ps1 export          # all four outputs of the built-in sample into out/
  dotnet tool run pwsh build.ps1 test            # the whole test suite
  dotnet tool run pwsh build.ps1 export -Input notes.md -To pdf,docx
#>
param(
    [Parameter(Position = 0)]
    [ValidateSet('build', 'test', 'export', 'publish', 'publish-r2r', 'bench', 'pack')]
    [string]$Target = 'export',
    [string]$Configuration = 'Release',
    [string]$Input = '',
    [string]$To = '',
    [string]$Output = 'out',
    [string]$Filter = '',
    [switch]$NoBuild
)

$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Step([string]$what, [string[]]$command) {
    Write-Host "== $what" -ForegroundColor Cyan
    & $command[0] $command[1..($command.Length - 1)]
    if ($LASTEXITCODE -ne 0) { throw "$what failed (exit $LASTEXITCODE)" }
}

# linux-x64, linux-arm64, osx-arm64, win-x64…: the machine this runs on (native AOT cannot cross operating systems).
function Get-HostRid {
    $arch = [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture.ToString().ToLowerInvariant()
    $os = if ($IsWindows) { 'win' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
    return "$os-$arch"
}

switch ($Target) {
    'build' {
        Invoke-Step 'build' @('dotnet', 'build', 'GoOverview.sln', '-c', $Configuration)
    }
    'test' {
        $cmd = @('dotnet', 'test', 'GoOverview.sln', '-c', $Configuration)
        if ($NoBuild) { $cmd += '--no-build' }
        if ($Filter) { $cmd += @('--filter', $Filter) }
        Invoke-Step 'test' $cmd
    }
    'export' {
        $cmd = @('dotnet', 'run', '-c', $Configuration, '--project', 'src/GoOverview.Cli', '--', 'build')
        if ($Input) { $cmd += $Input } else { $cmd += '--sample' }
        if ($To) { $cmd += @('--to', $To) }
        $cmd += @('-o', $Output)
        Invoke-Step 'export' $cmd
    }
    'publish' {
        # Native AOT: artifacts/aot/gooverview, no .NET runtime needed (needs clang and zlib1g-dev to link).
        Invoke-Step 'publish (native AOT)' @('dotnet', 'publish', 'src/GoOverview.Cli', '-c', 'Release', '-r', (Get-HostRid),
            '-p:PublishAot=true', '-o', 'artifacts/aot')
    }
    'publish-r2r' {
        Invoke-Step 'publish (ReadyToRun)' @('dotnet', 'publish', 'src/GoOverview.Cli', '-c', 'Release', '-r', (Get-HostRid), '--self-contained', 'false',
            '-p:PublishReadyToRun=true', '-o', 'artifacts/cli')
    }
    'bench' {
        if (-not (Test-Path 'artifacts/cli/gooverview')) { & $PSCommandPath publish-r2r }
        Invoke-Step 'bench' @('dotnet', 'run', '-c', 'Release', '--project', 'bench/GoOverview.Bench', '--')
    }
    'pack' {
        # The dotnet tool, then the library packages (GoOverview.Exporter and every library it references).
        Invoke-Step 'pack tool' @('dotnet', 'pack', 'src/GoOverview.Cli', '-c', 'Release', '-o', 'artifacts')
        foreach ($library in 'Model', 'Markdown', 'Layout', 'Fonts', 'Rendering', 'Export', 'Pdf', 'Word', 'Epub', 'Slides', 'Exporter') {
            Invoke-Step "pack $library" @('dotnet', 'pack', "src/GoOverview.$library", '-c', 'Release', '-o', 'artifacts')
        }
    }
}
