use clap::Parser;

fn main() {
    let cli = reseau_xlsx::cli::Cli::parse();
    std::process::exit(reseau_xlsx::run::run(cli));
}
